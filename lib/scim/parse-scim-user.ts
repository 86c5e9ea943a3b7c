import { z } from "zod";
import { parseUserName } from "./parse-user-name";
import { pickKnownAttributes } from "./pick-known-attributes";
import { pickPrimaryEmail } from "./pick-primary-email";
import { IGNORED_USER_ATTRIBUTES, type ScimUserState } from "./scim-user-state";

const text = z
  .string()
  .trim()
  .max(500)
  .nullish()
  .transform((value) => value || null);

const nameSchema = z.object({ givenName: text, familyName: text, formatted: text });

const userSchema = z.object({
  userName: z.unknown().optional(),
  externalId: text,
  name: nameSchema.optional(),
  displayName: text,
  active: z.boolean().optional(),
  emails: z.unknown().optional(),
});

const NAME_PARTS = ["givenName", "familyName", "formatted"];
const QUIET_NAME_PARTS = ["middlename", "honorificprefix", "honorificsuffix"];

/**
 * A full SCIM User (POST or PUT body) as the state to store. Attributes the portal doesn't keep,
 * extension schemas included, are ignored; a missing `active` stays null (the current value).
 */
export function parseScimUser(body: Record<string, unknown>): ScimUserState {
  const picked = pickKnownAttributes("User", body, Object.keys(userSchema.shape), IGNORED_USER_ATTRIBUTES);
  if (isObject(picked.name)) picked.name = pickKnownAttributes("User.name", picked.name, NAME_PARTS, QUIET_NAME_PARTS);
  const user = userSchema.parse(picked);
  const givenName = user.name?.givenName ?? null;
  const familyName = user.name?.familyName ?? null;
  return {
    userName: parseUserName(user.userName),
    email: pickPrimaryEmail(user.emails),
    givenName,
    familyName,
    displayName: user.displayName ?? user.name?.formatted ?? ([givenName, familyName].filter(Boolean).join(" ") || null),
    externalId: user.externalId,
    active: user.active ?? null,
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
