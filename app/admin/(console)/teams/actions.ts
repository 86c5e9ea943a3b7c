"use server";

import { z } from "zod";
import { adminAction } from "@/lib/http/admin-action";
import { addTeamMember } from "@/lib/teams/add-team-member";
import { createTeam } from "@/lib/teams/create-team";
import { deleteTeam } from "@/lib/teams/delete-team";
import { removeTeamMember } from "@/lib/teams/remove-team-member";
import { renameTeam } from "@/lib/teams/rename-team";
import { teamInput } from "@/lib/teams/team-input";
import { formId } from "@/lib/validation/form-id";

// Server actions: Next checks the Origin of every call, so they are safe from cross-site forgery.

const TEAMS = "/admin/teams";
const teamPage = ({ teamId }: { teamId: string }) => `${TEAMS}/${encodeURIComponent(teamId)}`;

export const createTeamAction = adminAction(
  TEAMS,
  z.object({
    name: teamInput.name,
    id: z
      .literal("")
      .transform(() => undefined)
      .or(teamInput.id.optional()),
  }),
  async (input, admin) => {
    const team = await createTeam(input, admin);
    return `Created the team ${team.name} (id ${team.id}).`;
  },
);

export const renameTeamAction = adminAction(teamPage, z.object({ teamId: formId, name: teamInput.name }), async ({ teamId, name }, admin) => {
  return `Renamed the team to ${(await renameTeam(teamId, name, admin)).name}.`;
});

export const deleteTeamAction = adminAction(TEAMS, z.object({ teamId: formId }), async ({ teamId }, admin) => {
  return `Deleted the team ${(await deleteTeam(teamId, admin)).name}.`;
});

export const addTeamMemberAction = adminAction(
  teamPage,
  z.object({ teamId: formId, email: teamInput.email, role: teamInput.role }),
  async ({ teamId, email, role }, admin) => {
    const member = await addTeamMember(teamId, email, role, admin);
    return `Added ${member.user.email} as ${member.role}.`;
  },
);

export const removeTeamMemberAction = adminAction(teamPage, z.object({ teamId: formId, userId: formId }), async ({ teamId, userId }, admin) => {
  return `Removed ${(await removeTeamMember(teamId, userId, admin)).user.email} from the team.`;
});
