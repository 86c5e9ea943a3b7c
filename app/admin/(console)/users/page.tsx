import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { UserFilters } from "@/components/admin/user-filters";
import { UsersTable } from "@/components/admin/users-table";
import { describeError } from "@/lib/http/error-table";
import { toSearchParams } from "@/lib/http/search-params";
import { openNotice } from "@/lib/sessions/open-notice";
import { requireAdmin } from "@/lib/sessions/require-session";
import { listTeamOptions } from "@/lib/teams/list-team-options";
import { listUsers } from "@/lib/users/list-users";
import { parseUserListQuery, type UserListQuery } from "@/lib/users/user-list-query";
import { createUserAction } from "./actions";

export const metadata: Metadata = { title: "Users" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// Bad filters or a tampered cursor show the unfiltered first page with a notice; an outage or a bug is rethrown.
function describeInvalid(error: unknown): string {
  const answer = describeError(error, "field");
  if (answer.status >= 500) throw error;
  return `Ignored an invalid filter (${answer.detail}).`;
}

export default async function UsersPage({ searchParams }: { searchParams: SearchParams }) {
  await requireAdmin("/admin/users");
  const raw = await searchParams;
  const search = toSearchParams(raw);
  // Both sealed for this session by the action that sent the admin here (see sealNotice).
  const { notice, error: actionError } = await openNotice(search);
  let invalid = actionError;
  search.delete("notice");
  search.delete("error");
  let query: UserListQuery;
  try {
    query = parseUserListQuery(search);
  } catch (error) {
    invalid = describeInvalid(error);
    query = parseUserListQuery(new URLSearchParams());
  }
  const [{ users, nextCursor }, teams] = await Promise.all([listUsers(query).catch((error) => ((invalid = describeInvalid(error)), listUsers({ ...query, cursor: undefined }))), listTeamOptions()]);

  const exportParams = new URLSearchParams(search);
  exportParams.delete("cursor");
  exportParams.delete("limit");
  const nextParams = new URLSearchParams(search);
  if (nextCursor) nextParams.set("cursor", nextCursor);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Users</h1>
        <a href={`/admin/users/export?${exportParams}`} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800" download>
          Export CSV
        </a>
      </div>
      <Notice notice={notice} error={invalid} />
      <UserFilters query={query} teams={teams} />
      <UsersTable users={users} />
      <nav aria-label="Pagination" className="flex gap-3 text-sm">
        {query.cursor && <Link href={`/admin/users?${(() => { const p = new URLSearchParams(search); p.delete("cursor"); return p; })()}`} className="font-medium text-blue-700 hover:underline dark:text-blue-400">First page</Link>}
        {nextCursor && <Link href={`/admin/users?${nextParams}`} className="font-medium text-blue-700 hover:underline dark:text-blue-400">Next page</Link>}
      </nav>
      <section aria-labelledby="add-user" className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
        <h2 id="add-user" className="font-medium">Add a user</h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Admits an Okta user before their first sign-in (needed when SSO_AUTO_CREATE_USERS=false). Their Okta sign-in links to this user by email.</p>
        <form action={createUserAction} className="mt-3 flex flex-wrap items-end gap-3">
          <label className="text-sm font-medium">
            Email
            <input name="email" type="email" required className="mt-1 block rounded-md border border-slate-300 px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-950" />
          </label>
          <label className="text-sm font-medium">
            Name
            <input name="name" className="mt-1 block rounded-md border border-slate-300 px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-950" />
          </label>
          <button type="submit" className="rounded-md bg-slate-900 px-4 py-1.5 text-sm font-semibold text-white dark:bg-white dark:text-slate-900">
            Add user
          </button>
        </form>
      </section>
    </div>
  );
}
