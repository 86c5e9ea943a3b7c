import { recordAuditEvents } from "@/lib/audit/record-audit-events";
import type { DbTransaction } from "@/lib/db/client";
import { runInTransaction } from "@/lib/db/run-in-transaction";
import type { Actor } from "./actor";

/**
 * The one way a user is reactivated (console, SCIM): they may sign in again, with any password
 * lockout cleared; tokens revoked at deactivation stay revoked. The caller's transaction when given.
 */
export async function reactivateUser(userId: string, actor: Actor, source = "admin", tx?: DbTransaction) {
  return runInTransaction(tx, async (tx) => {
    const user = await tx.user.update({ where: { id: userId }, data: { isActive: true, failedLogins: 0, lockedUntil: null } });
    await recordAuditEvents(tx, [{ type: "user.reactivated", outcome: "success", actor, subject: user, details: { source } }]);
    return user;
  });
}
