import { randomBytes, scrypt } from "node:crypto";
import { promisify } from "node:util";

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, keylen: number, options: object) => Promise<Buffer>;

// OWASP's current recommendation for scrypt (N=2^17, r=8, p=1): 128·N·r bytes = 128 MiB per hash,
// memory-hard, and ships with Node, so no native add-on to build. Stored beside each hash, so a
// later change applies at each user's next sign-in (see verifyPassword).
export const SCRYPT_PARAMS = { N: 2 ** 17, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

/** scrypt refuses to use more than maxmem; give it room for N·r plus its small working buffers. */
export const scryptMaxmem = (N: number, r: number) => 2 * 128 * N * r;

/** Hashes a password as `scrypt$N$r$p$salt$hash` (base64url parts) with the current parameters. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const { N, r, p } = SCRYPT_PARAMS;
  const hash = await scryptAsync(password, salt, KEY_LENGTH, { N, r, p, maxmem: scryptMaxmem(N, r) });
  return ["scrypt", N, r, p, salt.toString("base64url"), hash.toString("base64url")].join("$");
}

export { scryptAsync };
