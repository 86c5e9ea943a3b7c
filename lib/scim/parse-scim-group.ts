import { z } from "zod";
import { memberListSchema, type ScimGroupState } from "./scim-group-state";

const groupSchema = z.strictObject({
  schemas: z.array(z.string()).optional(),
  id: z.string().optional(),
  meta: z.unknown().optional(),
  displayName: z.string().trim().min(1, "displayName is required").max(200),
  externalId: z.string().trim().max(200).nullish().transform((value) => value || null),
  members: memberListSchema.default([]),
});

/** A full SCIM Group (POST or PUT body) as the state to store; unknown attributes are a 400. */
export function parseScimGroup(body: Record<string, unknown>): ScimGroupState {
  const group = groupSchema.parse(body);
  return { displayName: group.displayName, externalId: group.externalId, members: [...new Set(group.members.map((member) => member.value))] };
}
