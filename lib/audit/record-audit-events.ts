import type { DbTransaction } from "@/lib/db/client";
import { log } from "@/lib/log/logger";
import { requestContext } from "@/lib/request/request-context";
import type { AuditEventInput } from "./record-audit-event";
import { toAuditRow } from "./to-audit-row";

/**
 * Appends several events in one statement, inside the caller's transaction: they commit or roll
 * back with the change they describe, and a sign-in costs one audit round trip, not one per event.
 */
export async function recordAuditEvents(tx: DbTransaction, events: AuditEventInput[]): Promise<void> {
  if (events.length === 0) return;
  const context = requestContext();
  await tx.auditEvent.createMany({ data: events.map((event) => toAuditRow(event, context)) });
  for (const event of events) log.info("audit", { type: event.type, outcome: event.outcome, reason: event.reason, subject: event.subject?.email ?? undefined });
}
