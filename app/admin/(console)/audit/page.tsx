import type { Metadata } from "next";
import { AuditFilters } from "@/components/admin/audit-filters";
import { AuditTable } from "@/components/admin/audit-table";
import { Notice } from "@/components/ui/notice";
import { Pager } from "@/components/admin/pager";
import { buttonClass } from "@/components/ui/button";
import { Muted } from "@/components/ui/card";
import { describeError } from "@/lib/http/error-table";
import { toSearchParams } from "@/lib/http/search-params";
import { parseAuditQuery, type AuditQuery } from "@/lib/audit/audit-query";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { getConfig } from "@/lib/config/get-config";
import { requireAdmin } from "@/lib/sessions/require-session";
import { pageCursor } from "../page-cursor";

export const metadata: Metadata = { title: "Audit log" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  await requireAdmin("/admin/audit");
  const search = toSearchParams(await searchParams);
  let { error } = await pageCursor(search, "created", "date");
  let query: AuditQuery;
  try {
    query = parseAuditQuery(search);
  } catch (invalid) {
    const answer = describeError(invalid, "field");
    if (answer.status >= 500) throw invalid;
    error = `Ignored the filters: ${answer.detail}.`;
    query = parseAuditQuery(new URLSearchParams());
  }
  const { events, nextCursor } = await listAuditEvents(query);
  const exportParams = new URLSearchParams(search);
  exportParams.delete("cursor");
  exportParams.delete("limit");

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Audit log</h1>
        <a href={`/admin/audit/export?${exportParams}`} download className={buttonClass("secondary")}>
          Export CSV
        </a>
      </div>
      <Notice error={error} />
      <AuditFilters query={query} />
      <AuditTable events={events} />
      <Pager path="/admin/audit" params={search} nextCursor={nextCursor} />
      <Muted>Append-only. Entries older than {getConfig().auditRetentionDays} days (AUDIT_RETENTION_DAYS) are pruned at every start.</Muted>
    </div>
  );
}
