import { DomainError } from "@/lib/errors/domain-error";
import { getTeam } from "./get-team";

/** One team, or a 404 naming the id. */
export async function getTeamOrThrow(teamId: string) {
  const team = await getTeam(teamId);
  if (!team) throw new DomainError("not_found", `No team with the id '${teamId.slice(0, 64)}'`);
  return team;
}
