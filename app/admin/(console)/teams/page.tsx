import type { Metadata } from "next";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Notice } from "@/components/ui/notice";
import { Pager } from "@/components/admin/pager";
import { TeamsTable } from "@/components/admin/teams-table";
import { toSearchParams } from "@/lib/http/search-params";
import { getConfig } from "@/lib/config/get-config";
import { requireAdmin } from "@/lib/sessions/require-session";
import { listMappedGroups } from "@/lib/teams/list-mapped-groups";
import { listPendingMappedTeams } from "@/lib/teams/list-pending-mapped-teams";
import { listTeams } from "@/lib/teams/list-teams";
import { createTeamAction } from "./actions";
import { pageCursor } from "../page-cursor";
import { Card, CardTitle, Muted } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";

export const metadata: Metadata = { title: "Teams" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function TeamsPage({ searchParams }: { searchParams: SearchParams }) {
  await requireAdmin("/admin/teams");
  const search = toSearchParams(await searchParams);
  const { cursor, notice, error } = await pageCursor(search, "name", "text");
  const { groupMapping } = getConfig().sso;
  const [{ teams, nextCursor }, pending] = await Promise.all([listTeams(cursor), listPendingMappedTeams(groupMapping)]);

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Teams</h1>
      <Notice notice={notice} error={error} />
      <Muted>
        Okta sign-ins join the teams that <code>OKTA_GROUP_MAPPING</code> maps their groups to, by team id; a mapped team that doesn&apos;t exist yet is created
        at the first such sign-in.
      </Muted>
      <TeamsTable teams={teams} mapped={listMappedGroups(groupMapping)} />
      <Pager path="/admin/teams" params={search} nextCursor={nextCursor} />
      {pending.length > 0 && (
        <Card as="section" aria-labelledby="pending">
          <CardTitle id="pending">Mapped, not created yet</CardTitle>
          <Muted className="mt-1">Created at the first sign-in of a group member, or now by hand with this id.</Muted>
          <ul data-testid="pending-teams" className="mt-2 list-disc pl-5 text-sm">
            {pending.map((target) => (
              <li key={target.group}>
                <code>{target.teamId}</code> ← Okta group {target.group} ({target.role})
              </li>
            ))}
          </ul>
        </Card>
      )}
      <Card as="section" aria-labelledby="create-team">
        <CardTitle id="create-team">Create a team</CardTitle>
        <form action={createTeamAction} className="mt-3 flex flex-wrap items-end gap-3">
          <Field label="Name">
            <Input name="name" required maxLength={100} />
          </Field>
          <Field label="Id" hint="(optional, e.g. team-users)">
            <Input name="id" maxLength={64} pattern="[A-Za-z0-9][A-Za-z0-9._\-]{0,63}" className="font-mono" />
          </Field>
          <ConfirmButton label="Create team" confirmLabel="Confirm create team" />
        </form>
      </Card>
    </div>
  );
}
