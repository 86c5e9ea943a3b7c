import { DomainError } from "@/lib/errors/domain-error";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/users/actor";
import { getTeamOrThrow } from "./get-team-or-throw";
import { normalizeEmail } from "@/lib/users/normalize-email";

/** Adds a user to a team by hand (source "manual": Okta and SCIM reconciliation leave it alone). */
export async function addTeamMember(teamId: string, email: string, role: "member" | "owner", actor: Actor) {
  await getTeamOrThrow(teamId);
  const user = await db.user.findUnique({ where: { email: normalizeEmail(email) }, select: { id: true, email: true } });
  if (!user) throw new DomainError("not_found", `No user with the email ${email}`);
  const existing = await db.teamMember.findUnique({ where: { teamId_userId: { teamId, userId: user.id } } });
  if (existing) throw new DomainError("conflict", `${user.email} is already a ${existing.role} of this team (source: ${existing.source})`);
  const member = await db.teamMember.create({ data: { teamId, userId: user.id, role, source: "manual" } });
  await recordAuditEvent({ type: "team.member_joined", outcome: "success", actor, subject: user, details: { teamId, role, source: "manual" } });
  return { ...member, user };
}
