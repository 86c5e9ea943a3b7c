import { ScimError } from "./scim-error";

/**
 * Refuses a NUL character anywhere in `value` (strings, object keys, nested values): PostgreSQL
 * can't store it in text columns, and no identity attribute legitimately holds one.
 */
export function refuseNul(value: unknown, what: string): void {
  if (!containsNul(value)) return;
  throw new ScimError(400, `${what} contains a NUL character (\\u0000), which the portal can't store; remove it`, "invalidValue");
}

function containsNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (Array.isArray(value)) return value.some(containsNul);
  if (typeof value === "object" && value !== null) return Object.entries(value).some(([key, part]) => key.includes("\u0000") || containsNul(part));
  return false;
}
