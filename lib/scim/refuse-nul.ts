import { ScimError } from "./scim-error";

/**
 * Refuses a NUL character anywhere in `value` (strings, object keys, nested values): PostgreSQL
 * can't store it in text columns, and no identity attribute legitimately holds one.
 */
export function refuseNul(value: unknown, what: string): void {
  if (!containsNul(value)) return;
  throw new ScimError(400, `${what} contains a NUL character (\\u0000), which the portal can't store; remove it`, "invalidValue");
}

// Iterative, so a body nested 100,000 levels deep (valid JSON under 1 MB) can't overflow the stack.
function containsNul(root: unknown): boolean {
  const pending = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value === "string" && value.includes("\u0000")) return true;
    if (typeof value !== "object" || value === null) continue;
    for (const [key, part] of Object.entries(value)) {
      if (key.includes("\u0000")) return true;
      pending.push(part);
    }
  }
  return false;
}
