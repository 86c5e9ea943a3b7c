import { DomainError } from "@/lib/errors/domain-error";

/**
 * Refuses search parameters holding a NUL character, naming the parameter: PostgreSQL can't store or
 * compare NUL in text, and no legitimate input contains one.
 */
export function refuseNul(params: URLSearchParams): void {
  for (const [key, value] of params) {
    if (key.includes("\0") || value.includes("\0"))
      throw new DomainError("invalid_input", `Invalid parameter '${key.replace(/\0/g, "").slice(0, 64)}': must not contain NUL characters`);
  }
}
