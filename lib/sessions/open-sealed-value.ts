import { timingSafeEqual } from "node:crypto";
import { sealMac } from "./seal-mac";

/** The value `sealValue` sealed for this purpose, or null when it is missing, altered, foreign or expired. */
export async function openSealedValue<T>(purpose: string, sealed: string | null | undefined): Promise<T | null> {
  if (!sealed || sealed.length > 8192) return null;
  const [payload, mac, extra] = sealed.split(".");
  if (!payload || !mac || extra !== undefined) return null;
  const expected = Buffer.from(await sealMac(purpose, payload));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const { v, exp } = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { v: T; exp: number };
    return typeof exp === "number" && exp > Date.now() ? v : null;
  } catch {
    return null;
  }
}
