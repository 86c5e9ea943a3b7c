import type { TeamMapping } from "@/lib/config/parse-config";
import { db } from "@/lib/db/client";

/**
 * OKTA_GROUP_MAPPING entries whose team doesn't exist yet: the first sign-in of a member of the
 * group creates it, or an admin creates it by hand with that id first.
 */
export async function listPendingMappedTeams(mapping: Record<string, TeamMapping>): Promise<TeamMapping[]> {
  const targets = Object.values(mapping);
  if (targets.length === 0) return [];
  const existing = new Set((await db.team.findMany({ where: { id: { in: targets.map((t) => t.teamId) } }, select: { id: true } })).map((team) => team.id));
  return targets.filter((target) => !existing.has(target.teamId));
}
