import { z } from "zod";

/** What SCIM can set on a team: its name, Okta's group id, and the members SCIM manages (user ids). */
export interface ScimGroupState {
  displayName: string;
  externalId: string | null;
  members: string[];
}

/** The `eq` filters GET /Groups understands (Okta needs displayName). */
export const GROUP_FILTER_ATTRIBUTES = ["displayName", "externalId"] as const;

/** `members` as SCIM sends them: `[{"value": "<user id>", "display": …}]`. */
export const memberListSchema = z.array(z.looseObject({ value: z.string().trim().min(1, "members[].value must be a user id") }));
