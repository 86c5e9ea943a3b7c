import type { Metadata } from "next";
import { Pager } from "@/components/admin/pager";
import { Button, buttonClass } from "@/components/ui/button";
import { Card, CardTitle, Muted } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
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
  const [listed, teams] = await Promise.all([listUsersOrFirstPage(query), listTeamOptions()]);
  const { users, nextCursor } = listed;
  invalid = listed.invalid ?? invalid;

  const exportParams = new URLSearchParams(search);
  exportParams.delete("cursor");
  exportParams.delete("limit");

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Users</h1>
        <a href={`/admin/users/export?${exportParams}`} className={buttonClass("secondary")} download>
          Export CSV
        </a>
      </div>
      <Notice notice={notice} error={invalid} />
      <UserFilters query={query} teams={teams} />
      <UsersTable users={users} />
      <Pager path="/admin/users" params={search} nextCursor={nextCursor} />
      <Card as="section" aria-labelledby="add-user">
        <CardTitle id="add-user">Add a user</CardTitle>
        <Muted className="mt-1">
          Admits an Okta user before their first sign-in (needed when SSO_AUTO_CREATE_USERS=false). Their Okta sign-in links to this user by email.
        </Muted>
        <form action={createUserAction} className="mt-3 flex flex-wrap items-end gap-3">
          <Field label="Email">
            <Input name="email" type="email" required />
          </Field>
          <Field label="Name">
            <Input name="name" />
          </Field>
          <Button type="submit" variant="primary">
            Add user
          </Button>
        </form>
      </Card>
    </div>
  );
}

// A cursor that decodes but doesn't fit the data shows the first page with what was wrong.
async function listUsersOrFirstPage(query: UserListQuery): Promise<Awaited<ReturnType<typeof listUsers>> & { invalid?: string }> {
  try {
    return await listUsers(query);
  } catch (error) {
    return { ...(await listUsers({ ...query, cursor: undefined })), invalid: describeInvalid(error) };
  }
}
