import { db } from "@/lib/db/client";

// Deleting in batches keeps each write lock short, so sign-ins aren't blocked while a year of rows goes.
const BATCH = 5_000;

/** Deletes audit events older than the retention period: the only deletion the audit log allows. */
export async function pruneAuditEvents(retentionDays: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  let deleted = 0;
  for (;;) {
    const batch = await db.auditEvent.findMany({ where: { createdAt: { lt: cutoff } }, select: { id: true }, take: BATCH });
    if (batch.length === 0) return deleted;
    deleted += (await db.auditEvent.deleteMany({ where: { id: { in: batch.map((row) => row.id) } } })).count;
  }
}
