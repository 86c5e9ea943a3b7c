import type { AuditDetail } from "@/lib/audit/read-audit-details";

const summaryOf = (details: AuditDetail[]) => details.map(({ key, value }) => `${key}: ${Array.isArray(value) ? value.join(", ") : value}`).join(" · ");

/** An event's details: one summary line, opened into key/value pairs (lists as lists). */
export function AuditDetails({ details }: { details: AuditDetail[] }) {
  if (details.length === 0) return <span className="text-slate-500 dark:text-slate-400">—</span>;
  return (
    <details data-testid="audit-details" className="group max-w-md min-w-56">
      <summary className="cursor-pointer truncate text-slate-700 marker:text-slate-400 dark:text-slate-300">{summaryOf(details)}</summary>
      <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 text-xs">
        {details.map(({ key, value }) => (
          <div key={key} className="contents">
            <dt className="font-medium text-slate-500 dark:text-slate-400">{key}</dt>
            <dd className="break-words">
              {Array.isArray(value) ? (
                value.length === 0 ? (
                  "(none)"
                ) : (
                  <ul className="list-disc space-y-0.5 pl-4">
                    {value.map((item, index) => (
                      <li key={index}>{item}</li>
                    ))}
                  </ul>
                )
              ) : (
                value
              )}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
