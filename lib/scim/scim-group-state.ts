/** What SCIM can set on a team: its name, Okta's group id, and the members SCIM manages (user ids). */
export interface ScimGroupState {
  displayName: string;
  externalId: string | null;
  members: string[];
}
