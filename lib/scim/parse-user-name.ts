import { z } from "zod";
import { ScimError } from "./scim-error";

/** Checks and normalises a userName: it is the portal user's email address, compared case-insensitively. */
export function parseUserName(userName: unknown): string {
  const email = typeof userName === "string" ? userName.trim().toLowerCase() : "";
  if (!z.email().safeParse(email).success) throw new ScimError(400, `userName must be the user's email address (got ${JSON.stringify(userName)?.slice(0, 100)})`, "invalidValue");
  return email;
}
