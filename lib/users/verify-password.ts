import { timingSafeEqual } from "node:crypto";
import { SCRYPT_PARAMS, scryptAsync, scryptCost, scryptMaxmem } from "./hash-password";

// Checked when there is no usable hash (unknown, password-less, locked or deactivated account), so
// every refusal costs the same scrypt run as a wrong password. Current parameters, same cost.
const DUMMY_HASH = `scrypt$${SCRYPT_PARAMS.N}$${SCRYPT_PARAMS.r}$${SCRYPT_PARAMS.p}$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`;
// Stored parameters come from the database; refuse absurd ones rather than allocate gigabytes.
const MAX_N = 2 ** 20;

export interface PasswordCheck {
  valid: boolean;
  /** The hash was made with other (older) parameters: rehash now that the password is known. */
  outdated: boolean;
}

/**
 * Checks a password against a stored `scrypt$N$r$p$salt$hash` with that hash's own parameters, in
 * constant time; a missing hash is checked against a dummy (same cost) and fails.
 */
export async function verifyPassword(password: string, stored: string | null | undefined): Promise<PasswordCheck> {
  const [scheme, n, r, p, salt, hash] = (stored ?? DUMMY_HASH).split("$");
  const [N, R, P] = [Number(n), Number(r), Number(p)];
  if (scheme !== "scrypt" || !salt || !hash || !(N > 1 && N <= MAX_N) || !(R >= 1 && R <= 32) || !(P >= 1 && P <= 16)) return { valid: false, outdated: false };
  const expected = Buffer.from(hash, "base64url");
  const actual = await scryptAsync(password, Buffer.from(salt, "base64url"), expected.length, { N, r: R, p: P, maxmem: scryptMaxmem(N, R) });
  const valid = timingSafeEqual(actual, expected) && stored !== null && stored !== undefined;
  const current = N === SCRYPT_PARAMS.N && R === SCRYPT_PARAMS.r && P === SCRYPT_PARAMS.p;
  // A cheaper hash would answer faster than the dummy does for unknown emails: pad it to at least the current cost.
  if (scryptCost(N, R, P) < scryptCost(SCRYPT_PARAMS.N, SCRYPT_PARAMS.r, SCRYPT_PARAMS.p)) await verifyPassword(password, null);
  return { valid, outdated: valid && !current };
}
