import { describeAuditActor } from "@/lib/audit/describe-audit-actor";
import type { ListedAuditEvent } from "@/lib/audit/list-audit-events";
import { readAuditDetails } from "@/lib/audit/read-audit-details";
import { Badge } from "@/components/ui/badge";
import { EmptyRow, Table, TBody, Td, Th } from "@/components/ui/table";
import { AuditDetails } from "./audit-details";
import { formatDate } from "./format";

/** Audit events as recorded: codes (type, reason) stay verbatim so admins can search for them. */
export function AuditTable({ events }: { events: ListedAuditEvent[] }) {
  return (
    <Table label="Audit events" caption="Audit events, newest first">
      <thead>
        <tr>
          <Th>Time</Th>
          <Th>Event</Th>
          <Th>Outcome</Th>
          <Th>Actor</Th>
          <Th>Subject</Th>
          <Th>Client IP</Th>
          <Th>User agent</Th>
          <Th>Details</Th>
        </tr>
      </thead>
      <TBody>
        {events.length === 0 && <EmptyRow colSpan={8}>No events match these filters.</EmptyRow>}
        {events.map((event) => {
          const details = readAuditDetails(event.details);
          const actor = describeAuditActor({
            type: event.type,
            actorEmail: event.actorEmail,
            details: Object.fromEntries(details.map(({ key, value }) => [key, value])),
          });
          return (
            <tr key={event.id} data-testid="audit-row">
              <Td className="whitespace-nowrap">{formatDate(event.createdAt)}</Td>
              <Td className="font-mono text-xs whitespace-nowrap">{event.type}</Td>
              <Td>
                <Badge tone={event.outcome === "success" ? "success" : "danger"}>{event.outcome}</Badge>
                {event.reason && <span className="mt-1 block font-mono text-xs break-words">{event.reason}</span>}
              </Td>
              <Td data-testid="audit-actor" className="break-words">
                {actor.system ? <Badge tone="info">{actor.label}</Badge> : actor.label}
              </Td>
              <Td className="break-words">{event.subjectEmail ?? "—"}</Td>
              <Td className="font-mono text-xs whitespace-nowrap">{event.ip ?? "—"}</Td>
              <Td className="max-w-48 truncate" title={event.userAgent ?? ""}>
                {event.userAgent ?? "—"}
              </Td>
              <Td>
                <AuditDetails details={details} />
              </Td>
            </tr>
          );
        })}
      </TBody>
    </Table>
  );
}
