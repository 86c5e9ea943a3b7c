import { timingSafeEqual } from "node:crypto";
import { db } from "@/lib/db/client";
import { hashToken } from "./hash-token";

// last used is written at most this often per token, so a busy script doesn't write on every call.
const TOUCH_INTERVAL_MS = 60_000;

export interface TokenPrincipal {
  tokenId: string;
  kind: string;
  name: string;
  user: { id: string; email: string; name: string | null; isAdmin: boolean } | null;
}

/**
 * The live token behind a Bearer secret: not revoked, not expired, and (for API tokens) its user
 * active and not deactivated since the token was made, so reactivating someone doesn't revive the
 * tokens they held before (every deactivation path sets User.deactivatedAt).
 */
export async function authenticateToken(secret: string, kind: "api" | "scim"): Promise<TokenPrincipal | null> {
  const hash = hashToken(secret);
  const token = await db.apiToken.findUnique({ where: { tokenHash: hash }, include: { user: true }, omit: { tokenHash: false } });
  // The lookup is by hash; comparing again in constant time keeps the check itself timing-safe.
  if (!token || !timingSafeEqual(Buffer.from(token.tokenHash), Buffer.from(hash))) return null;
  if (token.kind !== kind || token.revokedAt || (token.expiresAt && token.expiresAt.getTime() <= Date.now())) return null;
  if (kind === "api" && (!token.user || !token.user.isActive)) return null;
  if (token.user?.deactivatedAt && token.createdAt <= token.user.deactivatedAt) return null;
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.apiToken.updateMany({ where: { id: token.id }, data: { lastUsedAt: new Date() } });
  }
  const user = token.user ? { id: token.user.id, email: token.user.email, name: token.user.name, isAdmin: token.user.isAdmin } : null;
  return { tokenId: token.id, kind: token.kind, name: token.name, user };
}
