import { ConfirmButton } from "@/components/ui/confirm-button";
import { formatDate } from "./format";
import { ActionsTh, EmptyRow, Table, TBody, Td, Th } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";

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
    <Table label="Sessions" caption="Active sessions">
      <thead>
        <tr>
          <Th>User</Th>
          <Th>Provider</Th>
          <Th>Signed in</Th>
          <Th>Last seen</Th>
          <Th>IP</Th>
          <Th>User agent</Th>
          <ActionsTh />
        </tr>
      </thead>
      <TBody>
        {sessions.length === 0 && <EmptyRow colSpan={7}>No active sessions.</EmptyRow>}
        {sessions.map((session) => (
          <tr key={session.id} data-testid="session-row">
            <Td>
              <TextLink href={`/admin/users/${session.user.id}`}>{session.user.email}</TextLink>
            </Td>
            <Td>{session.provider === "local" ? "Password" : "Okta"}</Td>
            <Td className="whitespace-nowrap">{formatDate(session.createdAt)}</Td>
            <Td className="whitespace-nowrap">{formatDate(session.lastSeenAt)}</Td>
            <Td className="font-mono text-xs">{session.ip ?? "—"}</Td>
            <Td className="max-w-xs truncate" title={session.userAgent ?? ""}>
              {session.userAgent ?? "—"}
            </Td>
            <Td>
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
            </Td>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
