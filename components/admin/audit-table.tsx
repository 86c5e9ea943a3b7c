import type { ListedAuditEvent } from "@/lib/audit/list-audit-events";
import { formatDate } from "./format";
import { muted, table, tbody, td, th } from "./styles";
import { TableRegion } from "./table-region";

/** Audit events as recorded: codes (type, reason) stay verbatim so admins can search for them. */
export function AuditTable({ events }: { events: ListedAuditEvent[] }) {
  return (
    <TableRegion label="Audit events">
      <table className={table}>
        <caption className="sr-only">Audit events, newest first</caption>
        <thead>
          <tr>
            <th scope="col" className={th}>Time</th>
            <th scope="col" className={th}>Event</th>
            <th scope="col" className={th}>Outcome</th>
            <th scope="col" className={th}>Actor</th>
            <th scope="col" className={th}>Subject</th>
            <th scope="col" className={th}>IP</th>
            <th scope="col" className={th}>User agent</th>
            <th scope="col" className={th}>Details</th>
          </tr>
        </thead>
        <tbody className={tbody}>
          {events.length === 0 && (
            <tr>
              <td colSpan={8} className={`${td} py-6 text-center ${muted}`}>No events match these filters.</td>
            </tr>
          )}
          {events.map((event) => (
            <tr key={event.id} data-testid="audit-row">
              <td className={`${td} whitespace-nowrap`}>{formatDate(event.createdAt)}</td>
              <td className={`${td} font-mono text-xs`}>{event.type}</td>
              <td className={`${td} ${event.outcome === "success" ? "text-emerald-700 dark:text-emerald-400" : "text-red-700 dark:text-red-400"}`}>
                {event.outcome}
                {event.reason ? ` (${event.reason})` : ""}
              </td>
              <td className={td}>{event.actorEmail ?? "—"}</td>
              <td className={td}>{event.subjectEmail ?? "—"}</td>
              <td className={`${td} font-mono text-xs`}>{event.ip ?? "—"}</td>
              <td className={`${td} max-w-48 truncate`} title={event.userAgent ?? ""}>{event.userAgent ?? "—"}</td>
              <td className={`${td} max-w-64 break-all font-mono text-xs`}>{event.details === "{}" ? "—" : event.details}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
