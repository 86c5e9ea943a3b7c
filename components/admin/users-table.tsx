import Link from "next/link";
import type { ListedUser } from "@/lib/users/list-users";
import { formatDate } from "./format";
import { muted, table, tbody, td, textLink, th } from "./styles";
import { TableRegion } from "./table-region";

/** The users list: one row per user, the email linking to the user page. */
export function UsersTable({ users }: { users: ListedUser[] }) {
  return (
    <TableRegion label="Users">
      <table className={table}>
        <caption className="sr-only">Users</caption>
        <thead>
          <tr>
            <th scope="col" className={th}>Email</th>
            <th scope="col" className={th}>Name</th>
            <th scope="col" className={th}>Provider</th>
            <th scope="col" className={th}>Role</th>
            <th scope="col" className={th}>Status</th>
            <th scope="col" className={th}>Teams</th>
            <th scope="col" className={th}>Created</th>
            <th scope="col" className={th}>Last sign-in</th>
          </tr>
        </thead>
        <tbody className={tbody}>
          {users.length === 0 && (
            <tr>
              <td colSpan={8} className={`px-3 py-6 text-center ${muted}`}>No users match these filters.</td>
            </tr>
          )}
          {users.map((user) => (
            <tr key={user.id} data-testid="user-row">
              <td className={td}>
                <Link href={`/admin/users/${user.id}`} className={textLink}>
                  {user.email}
                </Link>
              </td>
              <td className={td}>{user.name ?? "—"}</td>
              <td className={td}>{user.authProvider === "local" ? "Local" : "Okta"}</td>
              <td className={td}>{user.isAdmin ? "Admin" : "User"}</td>
              <td className={td}>{user.isActive ? "Active" : <span className="text-red-700 dark:text-red-400">Deactivated</span>}</td>
              <td className={td}>{user.memberships.map((m) => m.team.name).join(", ") || "—"}</td>
              <td className={`${td} whitespace-nowrap`}>{formatDate(user.createdAt)}</td>
              <td className={`${td} whitespace-nowrap`}>{formatDate(user.lastLoginAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
