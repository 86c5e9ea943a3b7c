import { createHmac } from "node:crypto";
import { getSessionSecret } from "./get-session-secret";

/**
 * HMAC-SHA256 of a sealed value's payload under the session secret, keyed per purpose so a value
 * sealed for one use (an IdP's error text, a console notice) is never accepted for another.
 */
export async function sealMac(purpose: string, payload: string): Promise<string> {
  const secret = await getSessionSecret();
  const key = createHmac("sha256", secret).update(`portal-seal:${purpose}`).digest();
  return createHmac("sha256", key).update(payload).digest("base64url");
}
