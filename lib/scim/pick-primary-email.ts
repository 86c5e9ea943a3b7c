import { z } from "zod";
import { parseEmail } from "./parse-email";
import { ScimError } from "./scim-error";

const emailsSchema = z.array(z.looseObject({ value: z.unknown(), primary: z.unknown().optional() }));

/**
 * The user's email from SCIM `emails`: the primary one, else the first. Required, since the portal
 * identifies people by email (sign-in, the console, the audit log).
 */
export function pickPrimaryEmail(emails: unknown): string {
  const parsed = emailsSchema.safeParse(emails ?? []);
  if (!parsed.success) throw new ScimError(400, 'emails must be an array of {"value": "<address>", "primary": true}', "invalidValue");
  const chosen = parsed.data.find((email) => email.primary === true || email.primary === "true") ?? parsed.data[0];
  if (!chosen)
    throw new ScimError(400, "emails must hold the user's email address (emails[primary].value): the portal identifies users by email", "invalidValue");
  return parseEmail(chosen.value, "emails[primary].value");
}
