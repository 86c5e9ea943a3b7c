import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/users/actor";
import { getTeamOrThrow } from "./get-team-or-throw";

/** Renames a team; its id (what OKTA_GROUP_MAPPING refers to) never changes. */
export async function renameTeam(teamId: string, name: string, actor: Actor) {
  const before = await getTeamOrThrow(teamId);
  const team = await db.team.update({ where: { id: teamId }, data: { name } });
  await recordAuditEvent({ type: "team.renamed", outcome: "success", actor, details: { teamId, from: before.name, to: team.name } });
  return team;
}
