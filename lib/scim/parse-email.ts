import { z } from "zod";
import { describeValue } from "./describe-value";
import { ScimError } from "./scim-error";
import { normalizeEmail } from "@/lib/users/normalize-email";

/** Checks and normalises an email address from SCIM (lower-cased, as the portal stores emails). */
export function parseEmail(value: unknown, path: string): string {
  const email = typeof value === "string" ? normalizeEmail(value) : "";
  if (!z.email().safeParse(email).success) throw new ScimError(400, `${path} must be an email address (got ${describeValue(value)})`, "invalidValue");
  return email;
}
