import { createHash } from "node:crypto";

/** API and SCIM tokens are high-entropy secrets, so a plain SHA-256 is enough to store them safely. */
export function hashToken(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
