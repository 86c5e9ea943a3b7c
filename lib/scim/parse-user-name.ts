import { describeValue } from "./describe-value";
import { ScimError } from "./scim-error";
import { normalizeEmail } from "@/lib/users/normalize-email";

const MAX_LENGTH = 256;

/**
 * Checks and normalises a userName: Okta's login, often but not always an email address. Stored
 * lower-cased, because SCIM compares userName case-insensitively (RFC 7643 §4.1.1).
 */
export function parseUserName(userName: unknown): string {
  const value = typeof userName === "string" ? normalizeEmail(userName) : "";
  if (!value || value.length > MAX_LENGTH || /[\u0000-\u001f\u007f]/.test(value)) {
    throw new ScimError(
      400,
      `userName must be the user's Okta login: 1 to ${MAX_LENGTH} characters, no control characters (got ${describeValue(userName)})`,
      "invalidValue",
    );
  }
  return value;
}
