import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConfirmButton } from "@/components/admin/confirm-button";
import { formatDate } from "@/components/admin/format";
import { Notice } from "@/components/admin/notice";
import { Pager } from "@/components/admin/pager";
import { sourceLabel } from "@/components/admin/source-label";
import { card, field, muted } from "@/components/admin/styles";
import { TeamMembersTable } from "@/components/admin/team-members-table";
import { toSearchParams } from "@/lib/http/search-params";
import { getConfig } from "@/lib/config/get-config";
import { getTeam } from "@/lib/teams/get-team";
import { requireAdmin } from "@/lib/sessions/require-session";
import { listMappedGroups } from "@/lib/teams/list-mapped-groups";
import { listTeamMembers } from "@/lib/teams/list-team-members";
import { addTeamMemberAction, deleteTeamAction, removeTeamMemberAction, renameTeamAction } from "../actions";
import { pageCursor } from "../../page-cursor";

export const metadata: Metadata = { title: "Team" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TeamPage({ params, searchParams }: Props) {
  const { id } = await params;
  const path = `/admin/teams/${encodeURIComponent(id)}`;
  await requireAdmin(path);
  const search = toSearchParams(await searchParams);
  const { cursor, notice, error } = await pageCursor(search, "user", "none");
  const team = await getTeam(id);
  if (!team) notFound();
  const { members, nextCursor } = await listTeamMembers(team.id, cursor);
  const groups = listMappedGroups(getConfig().sso.groupMapping).get(team.id) ?? [];
  const term = `text-sm ${muted}`;

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{team.name}</h1>
      <Notice notice={notice} error={error} />
      <section aria-labelledby="about" className={card}>
        <h2 id="about" className="text-lg font-medium">About</h2>
        <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
          <dt className={term}>Id (for OKTA_GROUP_MAPPING)</dt>
          <dd data-testid="team-id" className="font-mono text-xs break-all">{team.id}</dd>
          <dt className={term}>Source</dt>
          <dd>{sourceLabel("team", team.source)}</dd>
          <dt className={term}>Created</dt>
          <dd>{formatDate(team.createdAt)}</dd>
          <dt className={term}>Mapped Okta groups</dt>
          <dd data-testid="team-groups">{groups.length ? groups.map((g) => `${g.group} (${g.role})`).join(", ") : "None"}</dd>
        </dl>
        <div className="mt-4 flex flex-wrap items-end gap-3">
          <form action={renameTeamAction} className="flex flex-wrap items-end gap-2">
            <input type="hidden" name="teamId" value={team.id} />
            <label className="text-sm font-medium">
              New name
              <input name="name" required maxLength={100} defaultValue={team.name} className={field} />
            </label>
            <ConfirmButton label="Rename" confirmLabel="Confirm rename" />
          </form>
          <form action={deleteTeamAction}>
            <input type="hidden" name="teamId" value={team.id} />
            <ConfirmButton label="Delete team" confirmLabel="Confirm delete team" danger />
          </form>
        </div>
      </section>

      <section aria-labelledby="members" className="space-y-3">
        <h2 id="members" className="text-lg font-medium">Members</h2>
        <TeamMembersTable teamId={team.id} members={members} removeAction={removeTeamMemberAction} />
        <Pager path={path} params={search} nextCursor={nextCursor} />
        <p className={term}>Members from Okta or SCIM come back at their next sign-in or sync unless they also leave the group in Okta.</p>
      </section>

      <section aria-labelledby="add-member" className={card}>
        <h2 id="add-member" className="font-medium">Add a member</h2>
        <form action={addTeamMemberAction} className="mt-3 flex flex-wrap items-end gap-3">
          <input type="hidden" name="teamId" value={team.id} />
          <label className="text-sm font-medium">
            Email
            <input name="email" type="email" required className={field} />
          </label>
          <label className="text-sm font-medium">
            Role
            <select name="role" defaultValue="member" className={field}>
              <option value="member">Member</option>
              <option value="owner">Owner</option>
            </select>
          </label>
          <ConfirmButton label="Add member" confirmLabel="Confirm add member" />
        </form>
      </section>
    </div>
  );
}
