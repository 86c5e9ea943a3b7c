import type { RequestContext } from "@/lib/request/request-context";
import type { AuditEventInput } from "./record-audit-event";

/** The AuditEvent row for one event; IP, user agent and request id come from the request when there is one. */
export function toAuditRow(event: AuditEventInput, context: RequestContext | undefined) {
  return {
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
  };
}
