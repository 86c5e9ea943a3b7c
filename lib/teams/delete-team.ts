import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/users/actor";
import { getTeamOrThrow } from "./get-team-or-throw";

/**
 * Deletes a team and every membership in it (cascade). A mapped group's next sign-in recreates
 * the team from OKTA_GROUP_MAPPING, so the audit entry records how many members it had.
 */
export async function deleteTeam(teamId: string, actor: Actor) {
  const team = await getTeamOrThrow(teamId);
  const members = await db.teamMember.count({ where: { teamId } });
  await db.team.delete({ where: { id: teamId } });
  await recordAuditEvent({ type: "team.deleted", outcome: "success", actor, details: { teamId, name: team.name, source: team.source, members } });
  return team;
}
