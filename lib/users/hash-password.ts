import { randomBytes, scrypt } from "node:crypto";
import { promisify } from "node:util";

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, keylen: number, options: object) => Promise<Buffer>;

// One of OWASP's equivalent scrypt settings (N=2^14, r=8, p=5; the default N=2^17, p=1 is listed as
// giving the same defence): 16 MiB per hash instead of 128, so concurrent password sign-ins can't
// balloon the server's memory, and the CPU work per guess stays comparable. Memory-hard, ships with
// Node. Stored beside each hash, so a later change applies at each user's next sign-in (verifyPassword).
export const SCRYPT_PARAMS = { N: 2 ** 14, r: 8, p: 5 } as const;
const KEY_LENGTH = 32;

/** The work one guess costs an attacker: memory-hard lanes of N·r, p of them in a row. */
export const scryptCost = (N: number, r: number, p: number) => N * r * p;

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
