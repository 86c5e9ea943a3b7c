// user:password@ in any URL (DATABASE_URL, a proxy URL), and credentials written out in a message.
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/[^\s:@/]*):[^\s/]*@/gi;
const SCHEME_CREDENTIALS = /\b(Bearer|Basic|SSWS)\s+[\w.~+/=-]+/g;
const MAX_DEPTH = 8;
const REDACTED = "[Redacted]";
// Keys whose values are secrets wherever they appear, compared without case.
const SECRET_KEYS = new Set(
  [
    "password",
    "passwordHash",
    "newPassword",
    "currentPassword",
    "secret",
    "clientSecret",
    "client_secret",
    "token",
    "accessToken",
    "access_token",
    "refreshToken",
    "refresh_token",
    "idToken",
    "id_token",
    "sessionToken",
    "apiToken",
    "code_verifier",
    "codeVerifier",
    "authorization",
    "cookie",
    "set-cookie",
    "databaseUrl",
    "DATABASE_URL",
    "NEXTAUTH_SECRET",
    "SSO_OKTA_CLIENT_SECRET",
    "SSO_OKTA_PRIVATE_KEY",
    "privateJwk",
    "OKTA_API_TOKEN",
    "METRICS_TOKEN",
    "PLATFORM_ADMIN_PASSWORD",
  ].map((key) => key.toLowerCase()),
);

/**
 * A copy of a log record's fields with the values of secret keys (password, token, cookie, …) at
 * any depth replaced, and credentials inside strings masked: the ones that travel inside a value,
 * such as an error message that quotes a connection string.
 */
export function scrubSecrets(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === "string") return value.replace(URL_CREDENTIALS, `$1:${REDACTED}@`).replace(SCHEME_CREDENTIALS, `$1 ${REDACTED}`);
  if (value === null || typeof value !== "object" || depth >= MAX_DEPTH || seen.has(value)) return value;
  seen.add(value);
  if (value instanceof Error) return { type: value.name, message: scrubSecrets(value.message, depth + 1, seen) };
  if (Array.isArray(value)) return value.map((item) => scrubSecrets(item, depth + 1, seen));
  if (value instanceof Date || value instanceof URL) return scrubSecrets(String(value), depth + 1, seen);
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, SECRET_KEYS.has(key.toLowerCase()) ? REDACTED : scrubSecrets(item, depth + 1, seen)]),
  );
}
