import { db } from "@/lib/db/client";

/** One team by id, or null. */
export async function getTeam(teamId: string) {
  return db.team.findUnique({ where: { id: teamId } });
}
