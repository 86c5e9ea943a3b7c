import { AUDIT_EVENT_TYPES } from "@/lib/audit/audit-event-types";
import type { AuditQuery } from "@/lib/audit/audit-query";
import { Button, buttonClass } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import { Field, Input, Select } from "@/components/ui/field";

/** A GET form: the filters live in the URL, so a view can be bookmarked, shared and exported as is. */
export function AuditFilters({ query }: { query: Partial<AuditQuery> }) {
  return (
    <form
      method="get"
      action="/admin/audit"
      aria-label="Filter audit events"
      className={cardClass("grid grid-cols-1 gap-3 p-4 sm:grid-cols-2 sm:p-4 lg:grid-cols-5")}
    >
      <Field label="User email">
        <Input name="user" type="search" defaultValue={query.user ?? ""} placeholder="subject or actor" />
      </Field>
      <Field label="Event type">
        <Select name="type" defaultValue={query.type ?? ""}>
          <option value="">Any</option>
          {AUDIT_EVENT_TYPES.map((type) => (
            <option key={type} value={type}>
              {type}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="From (UTC day)">
        <Input name="from" type="date" defaultValue={query.from ?? ""} />
      </Field>
      <Field label="To (UTC day)">
        <Input name="to" type="date" defaultValue={query.to ?? ""} />
      </Field>
      <div className="flex items-end gap-2">
        <Button type="submit" variant="primary">
          Apply
        </Button>
        <a href="/admin/audit" className={buttonClass("ghost", "font-normal")}>
          Reset
        </a>
      </div>
    </form>
  );
}
