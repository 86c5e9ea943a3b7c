import { z } from "zod";
import { pickKnownAttributes } from "./pick-known-attributes";
import { memberListSchema, type ScimGroupState } from "./scim-group-state";

const groupSchema = z.object({
  displayName: z.string().trim().min(1, "displayName is required").max(200),
  externalId: z
    .string()
    .trim()
    .max(200)
    .nullish()
    .transform((value) => value || null),
  members: memberListSchema.default([]),
});

/** A full SCIM Group (POST or PUT body) as the state to store; attributes the portal doesn't keep are ignored. */
export function parseScimGroup(body: Record<string, unknown>): ScimGroupState {
  const group = groupSchema.parse(pickKnownAttributes("Group", body, Object.keys(groupSchema.shape), ["schemas", "id", "meta"]));
  return { displayName: group.displayName, externalId: group.externalId, members: [...new Set(group.members.map((member) => member.value))] };
}
