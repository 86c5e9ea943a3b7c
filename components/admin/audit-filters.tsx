import { AUDIT_EVENT_TYPES } from "@/lib/audit/audit-event-types";
import type { AuditQuery } from "@/lib/audit/audit-query";
import { field, primaryButton } from "./styles";

/** A GET form: the filters live in the URL, so a view can be bookmarked, shared and exported as is. */
export function AuditFilters({ query }: { query: Partial<AuditQuery> }) {
  return (
    <form method="get" action="/admin/audit" aria-label="Filter audit events" className="grid grid-cols-1 gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5 dark:border-slate-800 dark:bg-slate-900">
      <label className="text-sm font-medium">
        User email
        <input name="user" type="search" defaultValue={query.user ?? ""} placeholder="subject or actor" className={field} />
      </label>
      <label className="text-sm font-medium">
        Event type
        <select name="type" defaultValue={query.type ?? ""} className={field}>
          <option value="">Any</option>
          {AUDIT_EVENT_TYPES.map((type) => (
            <option key={type} value={type}>{type}</option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium">
        From (UTC day)
        <input name="from" type="date" defaultValue={query.from ?? ""} className={field} />
      </label>
      <label className="text-sm font-medium">
        To (UTC day)
        <input name="to" type="date" defaultValue={query.to ?? ""} className={field} />
      </label>
      <div className="flex items-end gap-2">
        <button type="submit" className={primaryButton}>Apply</button>
        <a href="/admin/audit" className="rounded-md px-3 py-1.5 text-sm hover:bg-slate-100 dark:hover:bg-slate-800">Reset</a>
      </div>
    </form>
  );
}
