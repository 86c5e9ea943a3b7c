import type { AuditQuery } from "./audit-query";
import { listAuditEvents, type ListedAuditEvent } from "./list-audit-events";

const EXPORT_PAGE = 500;

/** Every audit event matching the filters, one keyset page at a time (for streamed exports). */
export async function* auditEventPages(query: AuditQuery): AsyncGenerator<ListedAuditEvent[]> {
  let cursor = query.cursor;
  do {
    const page = await listAuditEvents({ ...query, cursor, limit: EXPORT_PAGE });
    yield page.events;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}
