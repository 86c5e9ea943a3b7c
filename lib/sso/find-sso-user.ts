import type { DbTransaction } from "@/lib/db/client";
import type { OktaIdentity } from "./read-identity";
import { SsoRefusal } from "./sso-refusal";

const MEMBERSHIPS = { memberships: { select: { teamId: true, role: true, source: true } } } as const;

/**
 * Who an Okta identity is in the portal, and how it was found: by its Account (`sub`), else by
 * SCIM externalId equal to `sub`, else by email, under the linking rules: never a local account
 * (the bootstrap admin above all), never a user tied to another Okta user (by Account or
 * externalId), and by email only when Okta marks that email verified. Null: no such user yet.
 * A returning user costs two reads; memberships are read only when Okta sent groups to reconcile.
 */
export async function findSsoUser(tx: DbTransaction, identity: OktaIdentity) {
  const include = identity.groups ? MEMBERSHIPS : {};
  const key = { provider_providerAccountId: { provider: "okta", providerAccountId: identity.sub } };
  const account = await tx.account.findUnique({ where: key, select: { id: true, user: { include } } });
  if (account) {
    refuseLocal(account.user, identity);
    return { user: account.user, accountId: account.id, linkedBy: "sub" as const };
  }

  // One read for both candidates; the externalId match (Okta's user id, written by SCIM) wins. Only
  // the chosen one is read in full: an include here would cost its queries even with no candidate.
  const candidates = await tx.user.findMany({
    where: { OR: [{ externalId: identity.sub }, { email: identity.email }] },
    select: { id: true, externalId: true },
    take: 2,
  });
  const byExternalId = candidates.find((user) => user.externalId === identity.sub);
  const candidate = byExternalId ?? candidates[0];
  if (!candidate) return null;
  const user = await tx.user.findUniqueOrThrow({
    where: { id: candidate.id },
    include: { ...include, accounts: { where: { provider: "okta" }, select: { providerAccountId: true } } },
  });
  refuseLocal(user, identity);
  // Linked to this very identity means a simultaneous login just committed it: creating the
  // Account then fails as a duplicate and the retry finds it by `sub`.
  if (user.accounts.some((other) => other.providerAccountId !== identity.sub)) {
    throw new SsoRefusal("not_provisioned", `${user.email} is linked to a different Okta user than ${identity.sub}`);
  }
  if (!byExternalId) {
    if (user.externalId)
      throw new SsoRefusal("not_provisioned", `${user.email} belongs to Okta user ${user.externalId} (SCIM externalId), not ${identity.sub}`);
    if (!identity.emailVerified) {
      throw new SsoRefusal(
        "email_unverified",
        `Okta does not mark ${identity.email} as verified, so it can't be linked to the existing portal user (even with SSO_REQUIRE_VERIFIED_EMAIL=false)`,
      );
    }
  }
  return { user, accountId: null, linkedBy: byExternalId ? ("externalId" as const) : ("email" as const) };
}

function refuseLocal(user: { authProvider: string; email: string }, identity: OktaIdentity): void {
  if (user.authProvider !== "okta")
    throw new SsoRefusal("local_account", `${user.email} is a local (${user.authProvider}) account; Okta user ${identity.sub} may not sign in as it`);
}
