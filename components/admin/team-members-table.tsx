import { ConfirmButton } from "@/components/ui/confirm-button";
import { formatDate } from "./format";
import { sourceLabel } from "./source-label";
import { ActionsTh, EmptyRow, Table, TBody, Td, Th } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";

interface MemberRow {
  userId: string;
  role: string;
  source: string;
  createdAt: Date;
  user: { email: string; name: string | null };
}

/** A team's members with role and source; each row's form removes that member (confirmed first). */
export function TeamMembersTable({ teamId, members, removeAction }: { teamId: string; members: MemberRow[]; removeAction: (form: FormData) => Promise<void> }) {
  return (
    <Table label="Team members" caption="Members">
      <thead>
        <tr>
          <Th>Email</Th>
          <Th>Role</Th>
          <Th>Source</Th>
          <Th>Since</Th>
          <ActionsTh />
        </tr>
      </thead>
      <TBody>
        {members.length === 0 && <EmptyRow colSpan={5}>No members.</EmptyRow>}
        {members.map((member) => (
          <tr key={member.userId} data-testid="member-row">
            <Td>
              <TextLink href={`/admin/users/${member.userId}`}>{member.user.email}</TextLink>
            </Td>
            <Td>{member.role}</Td>
            <Td>{sourceLabel("membership", member.source)}</Td>
            <Td className="whitespace-nowrap">{formatDate(member.createdAt)}</Td>
            <Td className="text-right">
              <form action={removeAction}>
                <input type="hidden" name="teamId" value={teamId} />
                <input type="hidden" name="userId" value={member.userId} />
                <ConfirmButton label={`Remove ${member.user.email}`} confirmLabel={`Confirm remove ${member.user.email}`} danger />
              </form>
            </Td>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
