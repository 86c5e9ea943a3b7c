import { z } from "zod";
import { parseUserName } from "./parse-user-name";
import { IGNORED_USER_ATTRIBUTES, type ScimUserState } from "./scim-user-state";

const text = z.string().trim().max(500).nullish().transform((value) => value || null);

const nameSchema = z.strictObject({ givenName: text, familyName: text, formatted: text, middleName: text, honorificPrefix: text, honorificSuffix: text });

const userSchema = z.strictObject({
  userName: z.string().trim().min(1, "userName is required"),
  externalId: text,
  name: nameSchema.optional(),
  displayName: text,
  active: z.boolean().default(true),
  emails: z.array(z.looseObject({ value: z.string().trim(), type: z.string().optional(), primary: z.boolean().optional() })).optional(),
  ...Object.fromEntries(IGNORED_USER_ATTRIBUTES.filter((name) => name !== "emails").map((name) => [name, z.unknown().optional()])),
});

/** A full SCIM User (POST or PUT body) as the state to store; unknown attributes are a 400. */
export function parseScimUser(body: Record<string, unknown>): ScimUserState {
  // Extension schemas (e.g. Okta's enterprise attributes) arrive under their URN: accepted, not stored.
  // Attribute names are case-insensitive (RFC 7643 §2.1), so keys are matched lower-cased.
  const known = new Map(Object.keys(userSchema.shape).map((key) => [key.toLowerCase(), key]));
  const input = Object.fromEntries(Object.entries(body).filter(([key]) => !key.startsWith("urn:")).map(([key, value]) => [known.get(key.toLowerCase()) ?? key, value]));
  const user = userSchema.parse(input);
  const givenName = user.name?.givenName ?? null;
  const familyName = user.name?.familyName ?? null;
  return {
    email: parseUserName(user.userName),
    givenName,
    familyName,
    displayName: user.displayName ?? user.name?.formatted ?? ([givenName, familyName].filter(Boolean).join(" ") || null),
    externalId: user.externalId,
    active: user.active,
  };
}
