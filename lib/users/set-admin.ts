import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import type { Actor } from "./actor";

/** Grants or revokes portal admin by hand; a manual grant is never revoked by Okta group reconciliation. */
export async function setAdmin(userId: string, isAdmin: boolean, actor: Actor) {
  const user = await db.user.update({ where: { id: userId }, data: { isAdmin, adminSource: isAdmin ? "manual" : null } });
  await recordAuditEvent({ type: isAdmin ? "admin.granted" : "admin.revoked", outcome: "success", actor, subject: user, details: { source: "manual" } });
  return user;
}
