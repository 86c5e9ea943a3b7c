import Link from "next/link";
import { ConfirmButton } from "./confirm-button";
import { formatDate } from "./format";
import { sourceLabel } from "./source-label";
import { muted, table, tbody, td, textLink, th } from "./styles";
import { TableRegion } from "./table-region";

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
    <TableRegion label="Team members">
      <table className={table}>
        <caption className="sr-only">Members</caption>
        <thead>
          <tr>
            <th scope="col" className={th}>Email</th>
            <th scope="col" className={th}>Role</th>
            <th scope="col" className={th}>Source</th>
            <th scope="col" className={th}>Since</th>
            <th scope="col" className={th}><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody className={tbody}>
          {members.length === 0 && (
            <tr>
              <td colSpan={5} className={`${td} py-6 text-center ${muted}`}>No members.</td>
            </tr>
          )}
          {members.map((member) => (
            <tr key={member.userId} data-testid="member-row">
              <td className={td}>
                <Link href={`/admin/users/${member.userId}`} className={textLink}>{member.user.email}</Link>
              </td>
              <td className={td}>{member.role}</td>
              <td className={td}>{sourceLabel("membership", member.source)}</td>
              <td className={`${td} whitespace-nowrap`}>{formatDate(member.createdAt)}</td>
              <td className={`${td} text-right`}>
                <form action={removeAction}>
                  <input type="hidden" name="teamId" value={teamId} />
                  <input type="hidden" name="userId" value={member.userId} />
                  <ConfirmButton label={`Remove ${member.user.email}`} confirmLabel={`Confirm remove ${member.user.email}`} danger />
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
