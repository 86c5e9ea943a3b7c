import { createHash, timingSafeEqual } from "node:crypto";

const digest = (value: string) => createHash("sha256").update(value).digest();

/** Compares the hook's Authorization header with OKTA_EVENT_HOOK_SECRET in constant time (digests: equal lengths). */
export function isOktaHookSecret(header: string | null, secret: string): boolean {
  return header !== null && timingSafeEqual(digest(header), digest(secret));
}
