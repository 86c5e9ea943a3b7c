import { keysetPage } from "@/lib/api/keyset-page";
import { getConfig } from "@/lib/config/get-config";
import { db } from "@/lib/db/client";
import { olderThanCursor } from "@/lib/db/older-than-cursor";

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
  const { items, nextCursor } = keysetPage(rows, PAGE, (session) => session.createdAt.toISOString());
  return { sessions: items, nextCursor };
}
