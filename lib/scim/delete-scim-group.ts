import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { recordAuditEvents } from "@/lib/audit/record-audit-events";
import { db } from "@/lib/db/client";
import { reconcileLeftOktaGroup } from "@/lib/teams/reconcile-left-okta-group";
import type { Actor } from "@/lib/users/actor";
import { refuseNul } from "./refuse-nul";
import { ScimError } from "./scim-error";
import { SCIM_TEAM_SCOPE } from "./scim-scope";

/** Deletes a SCIM-pushed team and its memberships (cascade); its SCIM members leave that Okta group. The audit trail keeps its name. */
export async function deleteScimGroup(id: string, actor: Actor): Promise<void> {
  refuseNul(id, "The group id");
  await db.$transaction(async (tx) => {
    const team = await tx.team.findFirst({
      where: { id, ...SCIM_TEAM_SCOPE },
      select: { name: true, members: { where: { source: "scim" }, select: { userId: true } } },
    });
    if (!team) throw new ScimError(404, `Group ${id.slice(0, 64)} not found`);
    await tx.team.delete({ where: { id } });
    await recordAuditEvents(
      tx,
      await reconcileLeftOktaGroup(
        tx,
        team.members.map((member) => member.userId),
        team.name,
        actor,
      ),
    );
  });
  await recordAuditEvent({ type: "team.deleted", outcome: "success", actor, subject: { id }, details: { source: "scim" } });
}
