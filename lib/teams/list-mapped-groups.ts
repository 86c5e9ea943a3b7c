import type { TeamMapping } from "@/lib/config/parse-config";

/** The Okta groups OKTA_GROUP_MAPPING sends to each team id, as written in the variable. */
export function listMappedGroups(mapping: Record<string, TeamMapping>): Map<string, TeamMapping[]> {
  const byTeam = new Map<string, TeamMapping[]>();
  for (const target of Object.values(mapping)) byTeam.set(target.teamId, [...(byTeam.get(target.teamId) ?? []), target]);
  return byTeam;
}
