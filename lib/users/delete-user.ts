import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import type { Actor } from "./actor";

/** Deletes a user; accounts, sessions, memberships and tokens go with it (cascades). The audit trail stays. */
export async function deleteUser(userId: string, actor: Actor, source = "admin") {
  const user = await db.user.delete({ where: { id: userId } });
  await recordAuditEvent({ type: "user.deleted", outcome: "success", actor, subject: user, details: { source } });
  return user;
}
