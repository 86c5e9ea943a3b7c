import { keysetCursor } from "@/lib/api/keyset-cursor";
import { keysetPage } from "@/lib/api/keyset-page";
import { db } from "@/lib/db/client";

const PAGE = 50;

/** One page of teams by name (keyset on the name index), with member counts. */
export async function listTeams(cursor?: string) {
  const after = cursor ? keysetCursor.decode(cursor) : undefined;
  const rows = await db.team.findMany({
    where: after ? { OR: [{ name: { gt: after.k } }, { name: after.k, id: { gt: after.id } }] } : {},
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: PAGE + 1,
    include: { _count: { select: { members: true } } },
  });
  const { items, nextCursor } = keysetPage(rows, PAGE, (team) => team.name);
  return { teams: items, nextCursor };
}
