import Link from "next/link";
import { ConfirmButton } from "./confirm-button";
import { formatDate } from "./format";
import { muted, table, tbody, td, textLink, th } from "./styles";
import { TableRegion } from "./table-region";

interface SessionRow {
  id: string;
  provider: string;
  createdAt: Date;
  lastSeenAt: Date;
  ip: string | null;
  userAgent: string | null;
  user: { id: string; email: string };
}

type Action = (form: FormData) => Promise<void>;

/** Active sessions, each revocable alone or with every other session of its user. */
export function SessionsTable({ sessions, revokeOne, revokeAll }: { sessions: SessionRow[]; revokeOne: Action; revokeAll: Action }) {
  return (
    <TableRegion label="Sessions">
      <table className={table}>
        <caption className="sr-only">Active sessions</caption>
        <thead>
          <tr>
            <th scope="col" className={th}>User</th>
            <th scope="col" className={th}>Provider</th>
            <th scope="col" className={th}>Signed in</th>
            <th scope="col" className={th}>Last seen</th>
            <th scope="col" className={th}>IP</th>
            <th scope="col" className={th}>User agent</th>
            <th scope="col" className={th}><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody className={tbody}>
          {sessions.length === 0 && (
            <tr>
              <td colSpan={7} className={`${td} py-6 text-center ${muted}`}>No active sessions.</td>
            </tr>
          )}
          {sessions.map((session) => (
            <tr key={session.id} data-testid="session-row">
              <td className={td}>
                <Link href={`/admin/users/${session.user.id}`} className={textLink}>{session.user.email}</Link>
              </td>
              <td className={td}>{session.provider === "local" ? "Password" : "Okta"}</td>
              <td className={`${td} whitespace-nowrap`}>{formatDate(session.createdAt)}</td>
              <td className={`${td} whitespace-nowrap`}>{formatDate(session.lastSeenAt)}</td>
              <td className={`${td} font-mono text-xs`}>{session.ip ?? "—"}</td>
              <td className={`${td} max-w-xs truncate`} title={session.userAgent ?? ""}>{session.userAgent ?? "—"}</td>
              <td className={td}>
                <div className="flex flex-wrap justify-end gap-2">
                  <form action={revokeOne}>
                    <input type="hidden" name="sessionId" value={session.id} />
                    <ConfirmButton label="Revoke" confirmLabel="Confirm revoke" danger />
                  </form>
                  <form action={revokeAll}>
                    <input type="hidden" name="userId" value={session.user.id} />
                    <ConfirmButton label="Revoke all of user" confirmLabel={`Confirm revoke all of ${session.user.email}`} danger />
                  </form>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
