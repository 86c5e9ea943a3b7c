import { db } from "@/lib/db/client";
import { GROUP_INCLUDE } from "./group-include";
import { ScimError } from "./scim-error";

/** The team behind a SCIM group id, with its members, or a 404 SCIM error. */
export async function getScimGroup(id: string) {
  const team = await db.team.findUnique({ where: { id }, include: GROUP_INCLUDE });
  if (!team) throw new ScimError(404, `Group ${id.slice(0, 64)} not found`);
  return team;
}
