import { db } from "@/lib/db/client";
import { log } from "@/lib/log/logger";
import { requestContext } from "@/lib/request/request-context";
import type { AuditEventType } from "./audit-event-types";

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
  const context = requestContext();
  await db.auditEvent.create({
    data: {
      type: event.type,
      outcome: event.outcome,
      reason: event.reason,
      actorId: event.actor?.id ?? null,
      actorEmail: event.actor?.email ?? null,
      subjectId: event.subject?.id ?? null,
      subjectEmail: event.subject?.email ?? null,
      ip: context?.ip ?? null,
      userAgent: context?.userAgent ?? null,
      requestId: context?.requestId ?? null,
      details: JSON.stringify(event.details ?? {}),
    },
  });
  log.info("audit", { type: event.type, outcome: event.outcome, reason: event.reason, subject: event.subject?.email ?? undefined });
}
