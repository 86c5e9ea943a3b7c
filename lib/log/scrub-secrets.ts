// user:password@ in any URL (DATABASE_URL, a proxy URL), and credentials written out in a message.
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/[^\s:@/]*):[^\s/]*@/gi;
const SCHEME_CREDENTIALS = /\b(Bearer|Basic|SSWS)\s+[\w.~+/=-]+/g;
const MAX_DEPTH = 8;

/**
 * A copy of a log record's fields with credentials inside strings masked. pino's `redact` removes
 * secrets by key; this catches the ones that travel inside a value, such as an error message
 * that quotes a connection string.
 */
export function scrubSecrets(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === "string") return value.replace(URL_CREDENTIALS, "$1:[Redacted]@").replace(SCHEME_CREDENTIALS, "$1 [Redacted]");
  if (value === null || typeof value !== "object" || depth >= MAX_DEPTH || seen.has(value)) return value;
  seen.add(value);
  if (value instanceof Error) return { type: value.name, message: scrubSecrets(value.message, depth + 1, seen) };
  if (Array.isArray(value)) return value.map((item) => scrubSecrets(item, depth + 1, seen));
  if (value instanceof Date || value instanceof URL) return scrubSecrets(String(value), depth + 1, seen);
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrubSecrets(item, depth + 1, seen)]));
}
