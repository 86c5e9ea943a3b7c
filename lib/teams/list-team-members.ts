import { db } from "@/lib/db/client";
import { keysetCursor } from "@/lib/db/keyset-cursor";
import { keysetPage } from "@/lib/db/keyset-page";

const PAGE = 50;

/** One page of a team's members, keyset on the (teamId, userId) primary key: big teams stay fast. */
export async function listTeamMembers(teamId: string, cursor?: string) {
  const after = cursor ? keysetCursor.decode(cursor, "user", "none") : undefined;
  const rows = await db.teamMember.findMany({
    where: { teamId, ...(after ? { userId: { gt: after.id } } : {}) },
    orderBy: { userId: "asc" },
    take: PAGE + 1,
    include: { user: { select: { id: true, email: true, name: true } } },
  });
  const { items, nextCursor } = keysetPage(rows, PAGE, "user", (member) => ({ v: null, id: member.userId }));
  return { members: items, nextCursor };
}
