import type { TeamMapping } from "@/lib/config/parse-config";

export interface MembershipChange {
  teamId: string;
  change: "joined" | "left" | "role_changed";
  role: string;
  group?: string;
}

export interface CurrentMembership {
  teamId: string;
  role: string;
  source: string;
}

/**
 * The changes that make a user's Okta-sourced team memberships match their Okta groups through
 * OKTA_GROUP_MAPPING. Memberships granted by hand or by SCIM are never touched. With
 * `mayGrant: false` only departures are planned (a source that may only take access away).
 */
export function planOktaMemberships(
  current: CurrentMembership[],
  groups: string[],
  mapping: Record<string, TeamMapping>,
  options: { mayGrant?: boolean } = {},
): MembershipChange[] {
  const wanted = new Map<string, TeamMapping>();
  for (const group of groups) {
    const target = mapping[group.toLowerCase()];
    // Two groups may map to one team: the stronger role wins.
    if (target && wanted.get(target.teamId)?.role !== "owner") wanted.set(target.teamId, target);
  }
  const byTeam = new Map(current.map((member) => [member.teamId, member]));
  const changes: MembershipChange[] = [];
  if (options.mayGrant !== false) {
    for (const [teamId, target] of wanted) {
      const existing = byTeam.get(teamId);
      if (!existing) changes.push({ teamId, change: "joined", role: target.role, group: target.group });
      else if (existing.source === "okta" && existing.role !== target.role)
        changes.push({ teamId, change: "role_changed", role: target.role, group: target.group });
    }
  }
  for (const member of current) {
    if (member.source === "okta" && !wanted.has(member.teamId)) changes.push({ teamId: member.teamId, change: "left", role: member.role });
  }
  return changes;
}
