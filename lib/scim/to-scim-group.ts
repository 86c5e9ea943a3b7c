import { SCIM } from "./scim-schemas";

interface ScimGroupRow {
  id: string;
  name: string;
  externalId: string | null;
  createdAt: Date;
  updatedAt: Date;
  members: { userId: string; user: { email: string } }[];
}

/** A team as an RFC 7643 Group resource; members are every member of the team, whatever their source. */
export function toScimGroup(team: ScimGroupRow, baseUrl: string) {
  return {
    schemas: [SCIM.group],
    id: team.id,
    ...(team.externalId ? { externalId: team.externalId } : {}),
    displayName: team.name,
    members: team.members.map((member) => ({ value: member.userId, display: member.user.email, $ref: `${baseUrl}/Users/${member.userId}` })),
    meta: {
      resourceType: "Group",
      created: team.createdAt.toISOString(),
      lastModified: team.updatedAt.toISOString(),
      location: `${baseUrl}/Groups/${team.id}`,
    },
  };
}
