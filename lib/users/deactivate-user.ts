import { recordAuditEvents } from "@/lib/audit/record-audit-events";
import type { DbTransaction } from "@/lib/db/client";
import { runInTransaction } from "@/lib/db/run-in-transaction";
import type { Actor } from "./actor";

/**
 * The one way a user is deactivated (console, SCIM, directory sync): refuses their sign-ins,
 * ends every session and revokes every API token, so access stops at their next request and a
 * later reactivation does not bring old tokens back. One transaction (the caller's, when given),
 * audited in it.
 */
export async function deactivateUser(userId: string, actor: Actor, source = "admin", tx?: DbTransaction) {
  return runInTransaction(tx, async (tx) => {
    const user = await tx.user.update({ where: { id: userId }, data: { isActive: false, deactivatedAt: new Date() } });
    const sessions = await tx.session.deleteMany({ where: { userId } });
    const tokens = await tx.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
    await recordAuditEvents(tx, [
      { type: "user.deactivated", outcome: "success", actor, subject: user, details: { source, sessionsEnded: sessions.count, tokensRevoked: tokens.count } },
    ]);
    return user;
  });
}
