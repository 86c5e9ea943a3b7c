import type { Config } from "@/lib/config/parse-config";
import { db } from "@/lib/db/client";
import { retryOnConflict } from "@/lib/db/retry-on-conflict";
import { reconcileOktaMemberships, type MembershipChange } from "@/lib/teams/reconcile-okta-memberships";
import type { OktaIdentity } from "./read-identity";
import { SsoRefusal } from "./sso-refusal";

/** Token fields of an Auth.js Account row, refreshed at every sign-in (the ID token is the logout hint). */
export interface AccountTokens {
  access_token?: string | null;
  expires_at?: number | null;
  id_token?: string | null;
  refresh_token?: string | null;
  scope?: string | null;
  token_type?: string | null;
}

// A burst of first logins queues for connections (PostgreSQL pool) or the single writer (SQLite);
// Prisma's 2 s default wait would turn that queue into failed logins.
const TRANSACTION_LIMITS = { maxWait: 15_000, timeout: 15_000 };

export interface Provisioned {
  user: { id: string; email: string };
  isNewUser: boolean;
  adminChange: "granted" | "revoked" | null;
  memberships: MembershipChange[];
}

/**
 * Links an Okta identity to its portal user, in one transaction: finds it by Okta `sub`, else by
 * SCIM externalId (the Okta user id), else by email (a user an admin or SCIM created first), else creates it when SSO_AUTO_CREATE_USERS allows;
 * refreshes the Account tokens; reconciles admin rights and team memberships from Okta groups.
 * A refusal or a failure rolls everything back, so no User or Account is left half-made; a race
 * with a simultaneous login of the same identity (or the same new team) runs it again.
 */
export async function provisionSsoUser(config: Config, identity: OktaIdentity, tokens: AccountTokens): Promise<Provisioned> {
  return retryOnConflict(() => db.$transaction(async (tx) => {
    const key = { provider_providerAccountId: { provider: "okta", providerAccountId: identity.sub } };
    const account = await tx.account.findUnique({ where: key, include: { user: true } });
    const linked = { accounts: { where: { provider: "okta" }, select: { providerAccountId: true } } };
    // SCIM stores Okta's user id as externalId: that links more surely than an email that may have changed.
    const byExternalId = account ? null : await tx.user.findUnique({ where: { externalId: identity.sub }, include: linked });
    const candidate = account ? null : (byExternalId ?? (await tx.user.findUnique({ where: { email: identity.email }, include: linked })));
    // Linked to this very identity means a simultaneous login just committed it: creating the
    // Account below then fails as a duplicate and the retry takes the `account` path.
    if (candidate?.accounts.some((other) => other.providerAccountId !== identity.sub)) {
      // That user is already linked to another Okta identity: never merge two people.
      throw new SsoRefusal("not_provisioned", `email ${identity.email} is linked to a different Okta user`);
    }
    let user = account?.user ?? candidate;
    if (user && !user.isActive) throw new SsoRefusal("deactivated", `user ${user.email} is deactivated`);
    if (!user && !config.sso.autoCreateUsers) throw new SsoRefusal("not_provisioned", `no portal user for ${identity.email} and SSO_AUTO_CREATE_USERS=false`);

    const isNewUser = !user;
    user ??= await tx.user.create({ data: { email: identity.email, name: identity.name, authProvider: "okta" } });

    if (account) await tx.account.update({ where: key, data: tokens });
    else await tx.account.create({ data: { ...tokens, userId: user.id, type: "oidc", provider: "okta", providerAccountId: identity.sub } });

    let adminChange: Provisioned["adminChange"] = null;
    let adminData = {};
    if (config.sso.adminGroups.length > 0) {
      const inAdminGroup = identity.groups.some((group) => config.sso.adminGroups.includes(group.toLowerCase()));
      if (inAdminGroup && !user.isAdmin) {
        adminChange = "granted";
        adminData = { isAdmin: true, adminSource: "okta" };
      } else if (!inAdminGroup && user.isAdmin && user.adminSource === "okta") {
        adminChange = "revoked";
        adminData = { isAdmin: false, adminSource: null };
      }
    }

    // Okta is the source of the email: follow a change unless another user already has the new one.
    const emailTaken = user.email !== identity.email && (await tx.user.count({ where: { email: identity.email } })) > 0;
    await tx.user.update({
      where: { id: user.id },
      data: {
        ...adminData,
        ...(emailTaken ? {} : { email: identity.email }),
        name: identity.name ?? user.name,
        emailVerified: new Date(),
        oktaGroups: JSON.stringify(identity.groups),
        lastLoginAt: new Date(),
        lastLoginMfa: identity.mfa,
      },
    });
    const memberships = await reconcileOktaMemberships(tx, user.id, identity.groups, config.sso.groupMapping);
    return { user: { id: user.id, email: emailTaken ? user.email : identity.email }, isNewUser, adminChange, memberships };
  }, TRANSACTION_LIMITS));
}
