import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { formatDate } from "@/components/admin/format";
import { Notice } from "@/components/ui/notice";
import { Pager } from "@/components/admin/pager";
import { sourceLabel } from "@/components/admin/source-label";
import { TeamMembersTable } from "@/components/admin/team-members-table";
import { toSearchParams } from "@/lib/http/search-params";
import { getConfig } from "@/lib/config/get-config";
import { getTeam } from "@/lib/teams/get-team";
import { requireAdmin } from "@/lib/sessions/require-session";
import { listMappedGroups } from "@/lib/teams/list-mapped-groups";
import { listTeamMembers } from "@/lib/teams/list-team-members";
import { addTeamMemberAction, deleteTeamAction, removeTeamMemberAction, renameTeamAction } from "../actions";
import { pageCursor } from "../../page-cursor";
import { Card, CardTitle, Muted } from "@/components/ui/card";
import { Field, Input, Select } from "@/components/ui/field";

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

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{team.name}</h1>
      <Notice notice={notice} error={error} />
      <Card as="section" aria-labelledby="about">
        <CardTitle id="about">About</CardTitle>
        <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
          <Muted as="dt">Id (for OKTA_GROUP_MAPPING)</Muted>
          <dd data-testid="team-id" className="font-mono text-xs break-all">
            {team.id}
          </dd>
          <Muted as="dt">Source</Muted>
          <dd>{sourceLabel("team", team.source)}</dd>
          <Muted as="dt">Created</Muted>
          <dd>{formatDate(team.createdAt)}</dd>
          <Muted as="dt">Mapped Okta groups</Muted>
          <dd data-testid="team-groups">{groups.length ? groups.map((g) => `${g.group} (${g.role})`).join(", ") : "None"}</dd>
        </dl>
        <div className="mt-4 flex flex-wrap items-end gap-3">
          <form action={renameTeamAction} className="flex flex-wrap items-end gap-2">
            <input type="hidden" name="teamId" value={team.id} />
            <Field label="New name">
              <Input name="name" required maxLength={100} defaultValue={team.name} />
            </Field>
            <ConfirmButton label="Rename" confirmLabel="Confirm rename" />
          </form>
          <form action={deleteTeamAction}>
            <input type="hidden" name="teamId" value={team.id} />
            <ConfirmButton label="Delete team" confirmLabel="Confirm delete team" danger />
          </form>
        </div>
      </Card>

      <section aria-labelledby="members" className="space-y-3">
        <CardTitle id="members">Members</CardTitle>
        <TeamMembersTable teamId={team.id} members={members} removeAction={removeTeamMemberAction} />
        <Pager path={path} params={search} nextCursor={nextCursor} />
        <Muted>Members from Okta or SCIM come back at their next sign-in or sync unless they also leave the group in Okta.</Muted>
      </section>

      <Card as="section" aria-labelledby="add-member">
        <CardTitle id="add-member">Add a member</CardTitle>
        <form action={addTeamMemberAction} className="mt-3 flex flex-wrap items-end gap-3">
          <input type="hidden" name="teamId" value={team.id} />
          <Field label="Email">
            <Input name="email" type="email" required />
          </Field>
          <Field label="Role">
            <Select name="role" defaultValue="member">
              <option value="member">Member</option>
              <option value="owner">Owner</option>
            </Select>
          </Field>
          <ConfirmButton label="Add member" confirmLabel="Confirm add member" />
        </form>
      </Card>
    </div>
  );
}
