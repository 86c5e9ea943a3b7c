import type { Metadata } from "next";
import { ConfirmButton } from "@/components/admin/confirm-button";
import { Notice } from "@/components/admin/notice";
import { Pager } from "@/components/admin/pager";
import { card, field, muted } from "@/components/admin/styles";
import { TeamsTable } from "@/components/admin/teams-table";
import { toSearchParams } from "@/lib/api/search-params";
import { getConfig } from "@/lib/config/get-config";
import { requireAdmin } from "@/lib/sessions/require-session";
import { listMappedGroups } from "@/lib/teams/list-mapped-groups";
import { listTeams } from "@/lib/teams/list-teams";
import { createTeamAction } from "./actions";
import { pageCursor } from "../page-cursor";

export const metadata: Metadata = { title: "Teams" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function TeamsPage({ searchParams }: { searchParams: SearchParams }) {
  await requireAdmin("/admin/teams");
  const search = toSearchParams(await searchParams);
  const { cursor, notice, error } = pageCursor(search);
  const { teams, nextCursor } = await listTeams(cursor);

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Teams</h1>
      <Notice notice={notice} error={error} />
      <p className={`text-sm ${muted}`}>
        Okta sign-ins join the teams that <code>OKTA_GROUP_MAPPING</code> maps their groups to, by team id; a mapped team that doesn&apos;t exist yet is created at the first such sign-in.
      </p>
      <TeamsTable teams={teams} mapped={listMappedGroups(getConfig().sso.groupMapping)} />
      <Pager path="/admin/teams" params={search} nextCursor={nextCursor} />
      <section aria-labelledby="create-team" className={card}>
        <h2 id="create-team" className="font-medium">Create a team</h2>
        <form action={createTeamAction} className="mt-3 flex flex-wrap items-end gap-3">
          <label className="text-sm font-medium">
            Name
            <input name="name" required maxLength={100} className={field} />
          </label>
          <label className="text-sm font-medium">
            Id <span className={`font-normal ${muted}`}>(optional, e.g. team-users)</span>
            <input name="id" maxLength={64} pattern="[A-Za-z0-9][A-Za-z0-9._\-]{0,63}" className={`${field} font-mono`} />
          </label>
          <ConfirmButton label="Create team" confirmLabel="Confirm create team" />
        </form>
      </section>
    </div>
  );
}
