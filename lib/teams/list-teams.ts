import { db } from "@/lib/db/client";
import { keysetCursor } from "@/lib/db/keyset-cursor";
import { keysetPage } from "@/lib/db/keyset-page";

const PAGE = 50;

/**
 * One page of teams by name (keyset on the name index), with member counts counted for this page's
 * teams only: Prisma's `_count` would aggregate every membership in the table on each page.
 */
export async function listTeams(cursor?: string) {
  const after = cursor ? keysetCursor.decode(cursor, "name", "text") : undefined;
  const rows = await db.team.findMany({
    // `name >= k` leads so the name index seeks straight to the cursor.
    where: after ? { name: { gte: after.v! }, OR: [{ name: { gt: after.v! } }, { id: { gt: after.id } }] } : {},
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: PAGE + 1,
  });
  const { items, nextCursor } = keysetPage(rows, PAGE, "name", (team) => ({ v: team.name, id: team.id }));
  const counts =
    items.length === 0 ? [] : await db.teamMember.groupBy({ by: ["teamId"], where: { teamId: { in: items.map((team) => team.id) } }, _count: { _all: true } });
  const members = new Map(counts.map((count) => [count.teamId, count._count._all]));
  return { teams: items.map((team) => ({ ...team, members: members.get(team.id) ?? 0 })), nextCursor };
}
