// Longer values are never tokens the portal issued; refusing them spares hashing attacker-sized input.
const MAX_SECRET_LENGTH = 512;

/**
 * The secret of an `Authorization: Bearer <secret>` header: null when there is no header, "malformed"
 * when there is one but it isn't exactly a Bearer scheme and one plausible secret (JWTs need a larger maxLength).
 */
export function parseBearer(header: string | null, maxLength = MAX_SECRET_LENGTH): string | "malformed" | null {
  if (header === null) return null;
  const [scheme, secret, ...rest] = header.trim().split(/\s+/);
  if (scheme?.toLowerCase() !== "bearer" || !secret || rest.length > 0 || secret.length > maxLength) return "malformed";
  return secret;
}
