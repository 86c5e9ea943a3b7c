import { db, type Db } from "@/lib/db/client";
import { GROUP_INCLUDE } from "./group-include";
import { refuseNul } from "./refuse-nul";
import { ScimError } from "./scim-error";
import { SCIM_TEAM_SCOPE } from "./scim-scope";

/** The SCIM-pushed team behind a group id, with its members, or a 404 SCIM error: other teams don't exist for SCIM. */
export async function getScimGroup(id: string, client: Pick<Db, "team"> = db) {
  refuseNul(id, "The group id");
  const team = await client.team.findFirst({ where: { id, ...SCIM_TEAM_SCOPE }, include: GROUP_INCLUDE });
  if (!team) throw new ScimError(404, `Group ${id.slice(0, 64)} not found`);
  return team;
}
