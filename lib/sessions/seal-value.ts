import { sealMac } from "./seal-mac";

/**
 * A short-lived value the portal wrote itself and can later tell apart from anything a visitor
 * typed into a URL or cookie: `payload.mac`, where payload carries the value and its expiry.
 */
export async function sealValue(purpose: string, value: unknown, ttlSeconds: number): Promise<string> {
  const payload = Buffer.from(JSON.stringify({ v: value, exp: Date.now() + ttlSeconds * 1000 })).toString("base64url");
  return `${payload}.${await sealMac(purpose, payload)}`;
}
