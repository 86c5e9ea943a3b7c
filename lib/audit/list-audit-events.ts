import { keysetCursor } from "@/lib/api/keyset-cursor";
import { keysetPage } from "@/lib/api/keyset-page";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { olderThanCursor } from "@/lib/db/older-than-cursor";
import type { AuditQuery } from "./audit-query";

const DAY_MS = 86_400_000;

/**
 * One page of audit events, newest first. Every filter pairs with an index ending in createdAt
 * (user email as subject or actor, type, time range), and paging is keyset, never OFFSET.
 */
export async function listAuditEvents(query: AuditQuery) {
  const where: Prisma.AuditEventWhereInput[] = [olderThanCursor(query.cursor ? keysetCursor.decode(query.cursor) : undefined)];
  if (query.user) where.push({ OR: [{ subjectEmail: query.user }, { actorEmail: query.user }] });
  if (query.type) where.push({ type: query.type });
  if (query.from) where.push({ createdAt: { gte: new Date(`${query.from}T00:00:00Z`) } });
  if (query.to) where.push({ createdAt: { lt: new Date(new Date(`${query.to}T00:00:00Z`).getTime() + DAY_MS) } });
  const rows = await db.auditEvent.findMany({ where: { AND: where }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: query.limit + 1 });
  const { items, nextCursor } = keysetPage(rows, query.limit, (row) => row.createdAt.toISOString());
  return { events: items, nextCursor };
}

export type ListedAuditEvent = Awaited<ReturnType<typeof listAuditEvents>>["events"][number];
