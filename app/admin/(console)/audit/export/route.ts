import { route } from "@/lib/http/route";
import { ADMIN_API } from "@/lib/http/route-options";
import { streamCsv, type CsvColumn } from "@/lib/http/stream-csv";
import { auditEventPages } from "@/lib/audit/audit-event-pages";
import { parseAuditQuery } from "@/lib/audit/audit-query";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { ListedAuditEvent } from "@/lib/audit/list-audit-events";

const COLUMNS: CsvColumn<ListedAuditEvent>[] = [
  { header: "time", value: (e) => e.createdAt },
  { header: "type", value: (e) => e.type },
  { header: "outcome", value: (e) => e.outcome },
  { header: "reason", value: (e) => e.reason },
  { header: "actor_id", value: (e) => e.actorId },
  { header: "actor_email", value: (e) => e.actorEmail },
  { header: "subject_id", value: (e) => e.subjectId },
  { header: "subject_email", value: (e) => e.subjectEmail },
  { header: "ip", value: (e) => e.ip },
  { header: "user_agent", value: (e) => e.userAgent },
  { header: "details", value: (e) => e.details },
];

/** GET /admin/audit/export?user=&type=&from=&to=: the filtered audit log as CSV, streamed (session or Bearer token). */
export const GET = route(ADMIN_API, async ({ request, caller: principal }) => {
  const query = parseAuditQuery(request.nextUrl.searchParams);
  // Who took a copy of the security log, and of which part, is itself a security event.
  await recordAuditEvent({
    type: "audit.exported",
    outcome: "success",
    actor: principal.user,
    details: { user: query.user, type: query.type, from: query.from, to: query.to, via: principal.via },
  });
  return streamCsv(`audit-${new Date().toISOString().slice(0, 10)}.csv`, COLUMNS, auditEventPages(query));
});
