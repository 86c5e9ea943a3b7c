"use server";

import { z } from "zod";
import { requireAdmin } from "@/lib/sessions/require-session";
import { addTeamMember } from "@/lib/teams/add-team-member";
import { createTeam } from "@/lib/teams/create-team";
import { deleteTeam } from "@/lib/teams/delete-team";
import { removeTeamMember } from "@/lib/teams/remove-team-member";
import { renameTeam } from "@/lib/teams/rename-team";
import { teamInput } from "@/lib/teams/team-input";
import { settleAction } from "../settle-action";

// Server actions: Next checks the Origin of every call, so they are safe from cross-site forgery.

const field = (form: FormData, name: string) => form.get(name) ?? undefined;
const teamIdOf = (form: FormData) => z.object({ teamId: z.string().min(1).max(64) }).parse({ teamId: field(form, "teamId") }).teamId;

export async function createTeamAction(form: FormData) {
  const { user } = await requireAdmin("/admin/teams");
  await settleAction("/admin/teams", async () => {
    const input = z.object({ name: teamInput.name, id: teamInput.id.optional() }).parse({ name: field(form, "name"), id: form.get("id") || undefined });
    const team = await createTeam(input, user);
    return `Created the team ${team.name} (id ${team.id}).`;
  });
}

export async function renameTeamAction(form: FormData) {
  const { user } = await requireAdmin("/admin/teams");
  const teamId = teamIdOf(form);
  await settleAction(`/admin/teams/${encodeURIComponent(teamId)}`, async () => {
    const { name } = z.object({ name: teamInput.name }).parse({ name: field(form, "name") });
    return `Renamed the team to ${(await renameTeam(teamId, name, user)).name}.`;
  });
}

export async function deleteTeamAction(form: FormData) {
  const { user } = await requireAdmin("/admin/teams");
  const teamId = teamIdOf(form);
  await settleAction("/admin/teams", async () => `Deleted the team ${(await deleteTeam(teamId, user)).name}.`);
}

export async function addTeamMemberAction(form: FormData) {
  const { user } = await requireAdmin("/admin/teams");
  const teamId = teamIdOf(form);
  await settleAction(`/admin/teams/${encodeURIComponent(teamId)}`, async () => {
    const input = z.object({ email: teamInput.email, role: teamInput.role }).parse({ email: field(form, "email"), role: field(form, "role") });
    const member = await addTeamMember(teamId, input.email, input.role, user);
    return `Added ${member.user.email} as ${member.role}.`;
  });
}

export async function removeTeamMemberAction(form: FormData) {
  const { user } = await requireAdmin("/admin/teams");
  const teamId = teamIdOf(form);
  await settleAction(`/admin/teams/${encodeURIComponent(teamId)}`, async () => {
    const { userId } = z.object({ userId: z.string().min(1).max(64) }).parse({ userId: field(form, "userId") });
    return `Removed ${(await removeTeamMember(teamId, userId, user)).user.email} from the team.`;
  });
}
