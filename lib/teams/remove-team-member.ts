import { DomainError } from "@/lib/errors/domain-error";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/users/actor";

/**
 * Removes a member by hand. A membership that came from Okta or SCIM returns at that source's
 * next sync unless the person leaves the group there too; the audit entry keeps which it was.
 */
export async function removeTeamMember(teamId: string, userId: string, actor: Actor) {
  const member = await db.teamMember.findUnique({ where: { teamId_userId: { teamId, userId } }, include: { user: { select: { id: true, email: true } } } });
  if (!member) throw new DomainError("not_found", "That person is not a member of this team");
  await db.teamMember.deleteMany({ where: { teamId, userId } });
  await recordAuditEvent({
    type: "team.member_left",
    outcome: "success",
    actor,
    subject: member.user,
    details: { teamId, role: member.role, source: "manual", membershipSource: member.source },
  });
  return member;
}
