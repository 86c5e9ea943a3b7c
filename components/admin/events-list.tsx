import { Muted } from "@/components/ui/card";
import { formatDate } from "./format";

interface Event {
  id: string;
  createdAt: Date;
  type: string;
  outcome: string;
  reason: string | null;
  actorEmail: string | null;
  ip: string | null;
}

/** A compact audit trail; event types and reasons are shown as recorded (codes an admin can search for). */
export function EventsList({ events }: { events: Event[] }) {
  if (events.length === 0) return <Muted>No events yet.</Muted>;
  return (
    <ol className="divide-y divide-slate-100 text-sm dark:divide-slate-800">
      {events.map((event) => (
        <li key={event.id} className="flex flex-wrap gap-x-3 py-1.5">
          <Muted as="span" className="whitespace-nowrap">
            {formatDate(event.createdAt)}
          </Muted>
          <span className="font-mono">{event.type}</span>
          <span className={event.outcome === "success" ? "text-emerald-700 dark:text-emerald-400" : "text-red-700 dark:text-red-400"}>
            {event.outcome}
            {event.reason ? ` (${event.reason})` : ""}
          </span>
          {event.actorEmail && <Muted as="span">by {event.actorEmail}</Muted>}
          {event.ip && <Muted as="span">from {event.ip}</Muted>}
        </li>
      ))}
    </ol>
  );
}
