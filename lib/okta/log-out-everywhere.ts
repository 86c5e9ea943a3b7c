import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/users/actor";

/**
 * Universal Logout's effect, in one transaction: every session of the user ends and every API token
 * they own is revoked (not merely suspended: a compromised account's tokens must be re-issued, by
 * an admin, after the incident). The user stays active: Okta decides whether they may sign in again.
 */
export async function logOutEverywhere(user: { id: string; email: string }, actor: Actor, details: Record<string, unknown>) {
  const [sessions, tokens] = await db.$transaction([
    db.session.deleteMany({ where: { userId: user.id } }),
    db.apiToken.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: new Date() } }),
  ]);
  await recordAuditEvent({
    type: "user.universal_logout",
    outcome: "success",
    actor,
    subject: user,
    details: { ...details, sessionsEnded: sessions.count, tokensRevoked: tokens.count },
  });
  return { sessionsEnded: sessions.count, tokensRevoked: tokens.count };
}
