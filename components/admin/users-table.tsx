import Link from "next/link";
import type { ListedUser } from "@/lib/users/list-users";
import { formatDate } from "./format";
import { TableRegion } from "./table-region";

/** The users list: one row per user, the email linking to the user page. */
export function UsersTable({ users }: { users: ListedUser[] }) {
  const th = "px-3 py-2 text-left font-medium text-slate-600 dark:text-slate-300";
  return (
    <TableRegion label="Users">
      <table className="min-w-full divide-y divide-slate-200 text-sm dark:divide-slate-800">
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
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {users.length === 0 && (
            <tr>
              <td colSpan={8} className="px-3 py-6 text-center text-slate-500 dark:text-slate-400">No users match these filters.</td>
            </tr>
          )}
          {users.map((user) => (
            <tr key={user.id} data-testid="user-row">
              <td className="px-3 py-2">
                <Link href={`/admin/users/${user.id}`} className="font-medium text-blue-700 hover:underline dark:text-blue-400">
                  {user.email}
                </Link>
              </td>
              <td className="px-3 py-2">{user.name ?? "—"}</td>
              <td className="px-3 py-2">{user.authProvider === "local" ? "Local" : "Okta"}</td>
              <td className="px-3 py-2">{user.isAdmin ? "Admin" : "User"}</td>
              <td className="px-3 py-2">{user.isActive ? "Active" : <span className="text-red-700 dark:text-red-400">Deactivated</span>}</td>
              <td className="px-3 py-2">{user.memberships.map((m) => m.team.name).join(", ") || "—"}</td>
              <td className="whitespace-nowrap px-3 py-2">{formatDate(user.createdAt)}</td>
              <td className="whitespace-nowrap px-3 py-2">{formatDate(user.lastLoginAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
