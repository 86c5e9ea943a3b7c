import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import type { Actor } from "./actor";
import { normalizeEmail } from "@/lib/users/normalize-email";

/**
 * Pre-creates an Okta user by email, so they can sign in when SSO_AUTO_CREATE_USERS=false;
 * their first Okta sign-in links to this row. Null when the email is already taken.
 */
export async function createUser(input: { email: string; name?: string | null; isAdmin?: boolean }, actor: Actor, source = "admin") {
  const email = normalizeEmail(input.email);
  if (await db.user.findUnique({ where: { email } })) return null;
  const user = await db.user.create({
    data: { email, name: input.name?.trim() || null, authProvider: "okta", isAdmin: Boolean(input.isAdmin), adminSource: input.isAdmin ? "manual" : null },
  });
  await recordAuditEvent({ type: "user.created", outcome: "success", actor, subject: user, details: { source } });
  return user;
}
