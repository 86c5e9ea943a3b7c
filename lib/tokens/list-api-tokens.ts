import { db } from "@/lib/db/client";
import { keysetPage } from "@/lib/db/keyset-page";
import { NEWEST_FIRST as CREATED, olderThanCursor } from "@/lib/db/older-than-cursor";

const PAGE = 50;

/** One page of API and SCIM tokens, newest first, with their owner; never the hash. */
export async function listApiTokens(cursor?: string) {
  const rows = await db.apiToken.findMany({
    where: olderThanCursor(cursor),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE + 1,
    include: { user: { select: { email: true } } },
  });
  const { items, nextCursor } = keysetPage(rows, PAGE, CREATED, (token) => ({ v: token.createdAt.toISOString(), id: token.id }));
  return { tokens: items, nextCursor };
}
