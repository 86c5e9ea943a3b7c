import type { ScimGroupState } from "./scim-group-state";

/** A stored team as the state a PATCH starts from. */
export function toGroupState(team: { name: string; externalId: string | null; members: { userId: string }[] }): ScimGroupState {
  return { displayName: team.name, externalId: team.externalId, members: team.members.map((member) => member.userId) };
}
