import type { UserListQuery } from "@/lib/users/user-list-query";
import { field } from "./styles";

/** A GET form: the filters live in the URL, so every view can be bookmarked and shared. */
export function UserFilters({ query, teams }: { query: Partial<UserListQuery>; teams: { id: string; name: string }[] }) {
  const flag = (value: boolean | undefined) => (value === undefined ? "" : String(value));
  return (
    <form method="get" action="/admin/users" className="grid grid-cols-2 gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-7 dark:border-slate-800 dark:bg-slate-900" aria-label="Filter users">
      <label className="col-span-2 text-sm font-medium sm:col-span-3 lg:col-span-2">
        Search
        <input name="q" type="search" defaultValue={query.q ?? ""} placeholder="Email or name" className={field} />
      </label>
      <label className="text-sm font-medium">
        Provider
        <select name="provider" defaultValue={query.provider ?? ""} className={field}>
          <option value="">Any</option>
          <option value="okta">Okta</option>
          <option value="local">Local</option>
        </select>
      </label>
      <label className="text-sm font-medium">
        Team
        <select name="team" defaultValue={query.team ?? ""} className={field}>
          <option value="">Any</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium">
        Status
        <select name="active" defaultValue={flag(query.active)} className={field}>
          <option value="">Any</option>
          <option value="true">Active</option>
          <option value="false">Deactivated</option>
        </select>
      </label>
      <label className="text-sm font-medium">
        Admin
        <select name="admin" defaultValue={flag(query.admin)} className={field}>
          <option value="">Any</option>
          <option value="true">Admins</option>
          <option value="false">Non-admins</option>
        </select>
      </label>
      <label className="text-sm font-medium">
        Sort
        <select name="sort" defaultValue={query.sort ?? "created"} className={field}>
          <option value="created">Newest first</option>
          <option value="last_login">Last sign-in</option>
          <option value="email">Email</option>
        </select>
      </label>
      <div className="col-span-2 flex items-end gap-2 sm:col-span-3 lg:col-span-7">
        <button type="submit" className="rounded-md bg-slate-900 px-4 py-1.5 text-sm font-semibold text-white dark:bg-white dark:text-slate-900">
          Apply
        </button>
        <a href="/admin/users" className="rounded-md px-3 py-1.5 text-sm hover:bg-slate-100 dark:hover:bg-slate-800">
          Reset
        </a>
      </div>
    </form>
  );
}
