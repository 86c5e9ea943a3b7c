import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { keysetPage } from "@/lib/db/keyset-page";
import { NEWEST_FIRST as CREATED, olderThanCursor } from "@/lib/db/older-than-cursor";
import type { AuditQuery } from "./audit-query";

const DAY_MS = 86_400_000;
const NEWEST_FIRST: Prisma.AuditEventOrderByWithRelationInput[] = [{ createdAt: "desc" }, { id: "desc" }];

const newestFirst = (a: { createdAt: Date; id: string }, b: { createdAt: Date; id: string }) =>
  b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/**
 * One page of audit events, newest first. Every filter pairs with an index ending in createdAt,
 * and paging is keyset, never OFFSET. "Events of a user" (as subject or as actor) reads both
 * indexes in order, one page from each, and merges them: an OR would sort all of that user's events.
 */
export async function listAuditEvents(query: AuditQuery) {
  const where: Prisma.AuditEventWhereInput[] = [olderThanCursor(query.cursor)];
  if (query.type) where.push({ type: query.type });
  if (query.from) where.push({ createdAt: { gte: new Date(`${query.from}T00:00:00Z`) } });
  if (query.to) where.push({ createdAt: { lt: new Date(new Date(`${query.to}T00:00:00Z`).getTime() + DAY_MS) } });
  const take = query.limit + 1;
  const page = (extra: Prisma.AuditEventWhereInput = {}) => db.auditEvent.findMany({ where: { AND: [...where, extra] }, orderBy: NEWEST_FIRST, take });

  let rows;
  if (query.user) {
    const [asSubject, asActor] = await Promise.all([page({ subjectEmail: query.user }), page({ actorEmail: query.user })]);
    rows = [...new Map([...asSubject, ...asActor].map((row) => [row.id, row])).values()].sort(newestFirst).slice(0, take);
  } else {
    rows = await page();
  }
  const { items, nextCursor } = keysetPage(rows, query.limit, CREATED, (row) => ({ v: row.createdAt.toISOString(), id: row.id }));
  return { events: items, nextCursor };
}

export type ListedAuditEvent = Awaited<ReturnType<typeof listAuditEvents>>["events"][number];
