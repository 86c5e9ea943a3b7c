import type { TeamMapping } from "@/lib/config/parse-config";
import type { DbTransaction } from "@/lib/db/client";

export interface MembershipChange {
  teamId: string;
  change: "joined" | "left" | "role_changed";
  role: string;
  group?: string;
}

/**
 * Makes the user's Okta-sourced team memberships match their current Okta groups through
 * OKTA_GROUP_MAPPING: joins mapped teams (creating missing ones), leaves teams whose group the
 * user left, and never touches memberships granted by hand or by SCIM.
 */
export async function reconcileOktaMemberships(tx: DbTransaction, userId: string, groups: string[], mapping: Record<string, TeamMapping>): Promise<MembershipChange[]> {
  const wanted = new Map<string, TeamMapping>();
  for (const group of groups) {
    const target = mapping[group.toLowerCase()];
    // Two groups may map to one team: the stronger role wins.
    if (target && wanted.get(target.teamId)?.role !== "owner") wanted.set(target.teamId, target);
  }

  const changes: MembershipChange[] = [];
  const current = new Map((await tx.teamMember.findMany({ where: { userId } })).map((member) => [member.teamId, member]));
  for (const [teamId, target] of wanted) {
    const existing = current.get(teamId);
    if (!existing) {
      await tx.team.upsert({ where: { id: teamId }, create: { id: teamId, name: target.group, source: "mapping" }, update: {} });
      await tx.teamMember.create({ data: { teamId, userId, role: target.role, source: "okta" } });
      changes.push({ teamId, change: "joined", role: target.role, group: target.group });
    } else if (existing.source === "okta" && existing.role !== target.role) {
      await tx.teamMember.update({ where: { teamId_userId: { teamId, userId } }, data: { role: target.role } });
      changes.push({ teamId, change: "role_changed", role: target.role, group: target.group });
    }
  }
  for (const member of current.values()) {
    if (member.source === "okta" && !wanted.has(member.teamId)) {
      await tx.teamMember.delete({ where: { teamId_userId: { teamId: member.teamId, userId } } });
      changes.push({ teamId: member.teamId, change: "left", role: member.role });
    }
  }
  return changes;
}
