import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import type { Actor } from "./actor";

/** Deactivates a user and ends every one of their sessions in the same transaction: access stops at once. */
export async function deactivateUser(userId: string, actor: Actor, source = "admin") {
  const [user, sessions] = await db.$transaction([
    // deactivatedAt keeps their API tokens dead after a reactivation (authenticateToken).
    db.user.update({ where: { id: userId }, data: { isActive: false, deactivatedAt: new Date() } }),
    db.session.deleteMany({ where: { userId } }),
  ]);
  await recordAuditEvent({ type: "user.deactivated", outcome: "success", actor, subject: user, details: { source, sessionsEnded: sessions.count } });
  return user;
}
