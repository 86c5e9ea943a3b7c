import { getConfig } from "@/lib/config/get-config";
import { db } from "@/lib/db/client";
import { keysetPage } from "@/lib/db/keyset-page";
import { NEWEST_FIRST as CREATED, olderThanCursor } from "@/lib/db/older-than-cursor";

const PAGE = 50;

/**
 * One page of live sessions, newest first: not expired and within the idle and absolute lifetimes
 * (the same rules getCurrentSession enforces). The createdAt index serves both order and the
 * absolute-lifetime bound.
 */
export async function listActiveSessions(cursor?: string, now = new Date()) {
  const { idleTimeoutSeconds, maxAgeSeconds } = getConfig().sessions;
  const rows = await db.session.findMany({
    where: {
      AND: [
        olderThanCursor(cursor),
        { expires: { gt: now } },
        { createdAt: { gt: new Date(now.getTime() - maxAgeSeconds * 1000) } },
        { lastSeenAt: { gt: new Date(now.getTime() - idleTimeoutSeconds * 1000) } },
      ],
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE + 1,
    omit: { sessionToken: true },
    include: { user: { select: { id: true, email: true } } },
  });
  const { items, nextCursor } = keysetPage(rows, PAGE, CREATED, (session) => ({ v: session.createdAt.toISOString(), id: session.id }));
  return { sessions: items, nextCursor };
}
