import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import type { Actor } from "./actor";

/** Lets a deactivated user sign in again (and clears any password lockout). */
export async function reactivateUser(userId: string, actor: Actor, source = "admin") {
  const user = await db.user.update({ where: { id: userId }, data: { isActive: true, failedLogins: 0, lockedUntil: null } });
  await recordAuditEvent({ type: "user.reactivated", outcome: "success", actor, subject: user, details: { source } });
  return user;
}
