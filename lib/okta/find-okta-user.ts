import { db } from "@/lib/db/client";
import { normalizeEmail } from "@/lib/users/normalize-email";

/**
 * The Okta-owned portal user behind an Okta user id (the OIDC `sub`, which SCIM sends as
 * externalId) or an email. Local accounts (the bootstrap admin above all) are never Okta's to find.
 */
export async function findOktaUser(by: { oktaUserId: string } | { email: string }) {
  if ("email" in by) return db.user.findFirst({ where: { email: normalizeEmail(by.email), authProvider: "okta" } });
  const account = await db.account.findUnique({
    where: { provider_providerAccountId: { provider: "okta", providerAccountId: by.oktaUserId } },
    select: { user: true },
  });
  const user = account?.user ?? (await db.user.findUnique({ where: { externalId: by.oktaUserId } }));
  return user?.authProvider === "okta" ? user : null;
}
