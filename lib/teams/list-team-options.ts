import { db } from "@/lib/db/client";

/** Team ids and names for filter and picker menus. */
export async function listTeamOptions() {
  return db.team.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" }, take: 1000 });
}
