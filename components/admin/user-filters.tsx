import Link from "next/link";
import type { UserListQuery } from "@/lib/users/user-list-query";
import { Button, buttonClass } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import { Field, Input, Select } from "@/components/ui/field";

/** A GET form: the filters live in the URL, so every view can be bookmarked and shared. */
export function UserFilters({ query, teams }: { query: Partial<UserListQuery>; teams: { id: string; name: string }[] }) {
  const flag = (value: boolean | undefined) => (value === undefined ? "" : String(value));
  return (
    <form method="get" action="/admin/users" className={cardClass("grid grid-cols-2 gap-3 p-4 sm:grid-cols-3 sm:p-4 lg:grid-cols-7")} aria-label="Filter users">
      <Field label="Search" className="col-span-2 sm:col-span-3 lg:col-span-2">
        <Input name="q" type="search" defaultValue={query.q ?? ""} placeholder="Email or name" />
      </Field>
      <Field label="Provider">
        <Select name="provider" defaultValue={query.provider ?? ""}>
          <option value="">Any</option>
          <option value="okta">Okta</option>
          <option value="local">Local</option>
        </Select>
      </Field>
      <Field label="Team">
        <Select name="team" defaultValue={query.team ?? ""}>
          <option value="">Any</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Status">
        <Select name="active" defaultValue={flag(query.active)}>
          <option value="">Any</option>
          <option value="true">Active</option>
          <option value="false">Deactivated</option>
        </Select>
      </Field>
      <Field label="Admin">
        <Select name="admin" defaultValue={flag(query.admin)}>
          <option value="">Any</option>
          <option value="true">Admins</option>
          <option value="false">Non-admins</option>
        </Select>
      </Field>
      <Field label="Sort">
        <Select name="sort" defaultValue={query.sort ?? "created"}>
          <option value="created">Newest first</option>
          <option value="last_login">Last sign-in</option>
          <option value="email">Email</option>
        </Select>
      </Field>
      <div className="col-span-2 flex items-end gap-2 sm:col-span-3 lg:col-span-7">
        <Button type="submit" variant="primary">
          Apply
        </Button>
        <Link href="/admin/users" className={buttonClass("ghost", "font-normal")}>
          Reset
        </Link>
      </div>
    </form>
  );
}
