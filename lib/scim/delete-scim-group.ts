import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/users/actor";
import { refuseNul } from "./refuse-nul";
import { ScimError } from "./scim-error";
import { SCIM_TEAM_SCOPE } from "./scim-scope";

/** Deletes a SCIM-pushed team and its memberships (cascade); the audit trail keeps its name. */
export async function deleteScimGroup(id: string, actor: Actor): Promise<void> {
  refuseNul(id, "The group id");
  const deleted = await db.team.deleteMany({ where: { id, ...SCIM_TEAM_SCOPE } });
  if (deleted.count === 0) throw new ScimError(404, `Group ${id.slice(0, 64)} not found`);
  await recordAuditEvent({ type: "team.deleted", outcome: "success", actor, subject: { id }, details: { source: "scim" } });
}
