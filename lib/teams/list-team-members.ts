import { keysetCursor } from "@/lib/api/keyset-cursor";
import { db } from "@/lib/db/client";

const PAGE = 50;

/** One page of a team's members, keyset on the (teamId, userId) primary key: big teams stay fast. */
export async function listTeamMembers(teamId: string, cursor?: string) {
  const after = cursor ? keysetCursor.decode(cursor) : undefined;
  const rows = await db.teamMember.findMany({
    where: { teamId, ...(after ? { userId: { gt: after.id } } : {}) },
    orderBy: { userId: "asc" },
    take: PAGE + 1,
    include: { user: { select: { id: true, email: true, name: true } } },
  });
  const members = rows.slice(0, PAGE);
  const last = members.at(-1);
  return { members, nextCursor: rows.length > PAGE && last ? keysetCursor.encode({ k: "", id: last.userId }) : null };
}
