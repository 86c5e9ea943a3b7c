import { DomainError } from "@/lib/errors/domain-error";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/users/actor";

/**
 * Creates a team by hand. The id may be chosen (to match a value in OKTA_GROUP_MAPPING, whose
 * sign-ins then join this team) or left to the database.
 */
export async function createTeam(input: { id?: string; name: string }, actor: Actor) {
  if (input.id && (await db.team.findUnique({ where: { id: input.id } }))) throw new DomainError("conflict", `A team with the id '${input.id}' already exists`);
  const team = await db.team.create({ data: { id: input.id, name: input.name, source: "manual" } });
  await recordAuditEvent({ type: "team.created", outcome: "success", actor, details: { teamId: team.id, name: team.name, source: "manual" } });
  return team;
}
