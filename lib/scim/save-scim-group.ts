import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { recordAuditEvents } from "@/lib/audit/record-audit-events";
import { db } from "@/lib/db/client";
import { reconcileLeftOktaGroup } from "@/lib/teams/reconcile-left-okta-group";
import type { Actor } from "@/lib/users/actor";
import { checkScimGroupName } from "./check-scim-group-name";
import { getScimGroup } from "./get-scim-group";
import { GROUP_INCLUDE } from "./group-include";
import { ScimError } from "./scim-error";
import type { ScimGroupState } from "./scim-group-state";
import { SCIM_TEAM_SCOPE, SCIM_USER_SCOPE } from "./scim-scope";

/**
 * Creates (id null) or updates a SCIM-pushed team in one transaction, and makes its SCIM-sourced
 * memberships match `state.members` (ids of Okta-owned users). Memberships from another source
 * (manual, Okta group mapping) are left alone: each source only manages its own. Audited after
 * the commit.
 */
export async function saveScimGroup(id: string | null, state: ScimGroupState, actor: Actor) {
  const { team, created, added, removed } = await db.$transaction(async (tx) => {
    const before = id ? await getScimGroup(id, tx) : null;
    await checkScimGroupName(tx, id, state.displayName);
    const known = await tx.user.findMany({ where: { id: { in: state.members }, ...SCIM_USER_SCOPE }, select: { id: true } });
    const unknown = state.members.filter((member) => !known.some((user) => user.id === member));
    if (unknown.length > 0) throw new ScimError(400, `No user with id ${unknown.slice(0, 5).join(", ")}: members must be ids of SCIM Users`, "invalidValue");

    const data = { name: state.displayName, externalId: state.externalId };
    const team = before ? await tx.team.update({ where: { id: before.id }, data }) : await tx.team.create({ data: { ...data, ...SCIM_TEAM_SCOPE } });
    // Every membership, local users' included, so a SCIM-made one SCIM can no longer see still goes.
    const current = new Map((before ? await tx.teamMember.findMany({ where: { teamId: team.id } }) : []).map((member) => [member.userId, member]));
    const added = state.members.filter((userId) => !current.has(userId));
    const removed = [...current.values()].filter((member) => member.source === "scim" && !state.members.includes(member.userId)).map((member) => member.userId);
    if (added.length > 0) await tx.teamMember.createMany({ data: added.map((userId) => ({ teamId: team.id, userId, source: "scim" })) });
    if (removed.length > 0) await tx.teamMember.deleteMany({ where: { teamId: team.id, userId: { in: removed } } });
    // Whoever left the Okta group under its old name may lose what that group granted (admin right).
    const renamed = before && before.name !== team.name;
    const leftGroup = renamed ? [...current.values()].filter((member) => member.source === "scim").map((member) => member.userId) : removed;
    if (before) await recordAuditEvents(tx, await reconcileLeftOktaGroup(tx, leftGroup, before.name, actor));
    return { team: await tx.team.findUniqueOrThrow({ where: { id: team.id }, include: GROUP_INCLUDE }), created: !before, added, removed };
  });
  await recordAuditEvent({
    type: created ? "team.created" : "team.updated",
    outcome: "success",
    actor,
    subject: { id: team.id },
    details: { source: "scim", name: team.name, membersAdded: added, membersRemoved: removed },
  });
  return team;
}
