import type { ListedUser } from "@/lib/users/list-users";
import { formatDate } from "./format";
import { EmptyRow, Table, TBody, Td, Th } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";

/** The users list: one row per user, the email linking to the user page. */
export function UsersTable({ users }: { users: ListedUser[] }) {
  return (
    <Table label="Users" caption="Users">
      <thead>
        <tr>
          <Th>Email</Th>
          <Th>Name</Th>
          <Th>Provider</Th>
          <Th>Role</Th>
          <Th>Status</Th>
          <Th>Teams</Th>
          <Th>Created</Th>
          <Th>Last sign-in</Th>
        </tr>
      </thead>
      <TBody>
        {users.length === 0 && <EmptyRow colSpan={8}>No users match these filters.</EmptyRow>}
        {users.map((user) => (
          <tr key={user.id} data-testid="user-row">
            <Td>
              <TextLink href={`/admin/users/${user.id}`}>{user.email}</TextLink>
            </Td>
            <Td>{user.name ?? "—"}</Td>
            <Td>{user.authProvider === "local" ? "Local" : "Okta"}</Td>
            <Td>{user.isAdmin ? "Admin" : "User"}</Td>
            <Td>{user.isActive ? "Active" : <span className="text-red-700 dark:text-red-400">Deactivated</span>}</Td>
            <Td>{user.memberships.map((m) => m.team.name).join(", ") || "—"}</Td>
            <Td className="whitespace-nowrap">{formatDate(user.createdAt)}</Td>
            <Td className="whitespace-nowrap">{formatDate(user.lastLoginAt)}</Td>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
