import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/users/actor";
import { ScimError } from "./scim-error";

/** Deletes a team and its memberships (cascade); the audit trail keeps its name. */
export async function deleteScimGroup(id: string, actor: Actor): Promise<void> {
  const deleted = await db.team.deleteMany({ where: { id } });
  if (deleted.count === 0) throw new ScimError(404, `Group ${id.slice(0, 64)} not found`);
  await recordAuditEvent({ type: "team.deleted", outcome: "success", actor, subject: { id }, details: { source: "scim" } });
}
