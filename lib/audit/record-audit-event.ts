import { db } from "@/lib/db/client";
import { log } from "@/lib/log/logger";
import { requestContext } from "@/lib/request/request-context";
import type { AuditEventType } from "./audit-event-types";
import { toAuditRow } from "./to-audit-row";

export interface AuditEventInput {
  type: AuditEventType;
  outcome: "success" | "failure";
  reason?: string;
  actor?: { id?: string | null; email?: string | null } | null;
  subject?: { id?: string | null; email?: string | null } | null;
  details?: Record<string, unknown>;
}

/** Appends one security event (and logs it at info); IP, user agent and request id come from the current request when there is one. */
export async function recordAuditEvent(event: AuditEventInput): Promise<void> {
  await db.auditEvent.create({ data: toAuditRow(event, requestContext()) });
  log.info("audit", { type: event.type, outcome: event.outcome, reason: event.reason, subject: event.subject?.email ?? undefined });
}
