/**
 * A short, safe rendering of a client's value for an error message: primitives as JSON (strings cut
 * to 100 characters), containers by kind only, since stringifying a deeply nested one could
 * overflow the stack.
 */
export function describeValue(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object" && value !== null) return "an object";
  if (value === undefined) return "nothing";
  return JSON.stringify(typeof value === "string" ? value.slice(0, 100) : value) ?? typeof value;
}
