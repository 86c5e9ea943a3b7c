import type { AuditEventInput } from "@/lib/audit/record-audit-event";
import { recordAuditEvents } from "@/lib/audit/record-audit-events";
import type { Config } from "@/lib/config/parse-config";
import { db } from "@/lib/db/client";
import { retryOnConflict } from "@/lib/db/retry-on-conflict";
import { reconcileOktaIdentity } from "@/lib/teams/reconcile-okta-identity";
import type { MembershipChange } from "@/lib/teams/plan-okta-memberships";
import { decideAdminMfa, type AdminMfaOutcome } from "./decide-admin-mfa";
import { findSsoUser } from "./find-sso-user";
import { MfaStepUp } from "./mfa-step-up";
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
  user: { id: string; email: string; name: string | null };
  isNewUser: boolean;
  adminChange: "granted" | "revoked" | null;
  memberships: MembershipChange[];
  /** What SSO_REQUIRE_MFA_FOR_ADMINS made of this sign-in ("withheld": the session gets no admin view). */
  adminMfa: AdminMfaOutcome;
}

/**
 * Links an Okta identity to its portal user (findSsoUser's rules) or creates it when
 * SSO_AUTO_CREATE_USERS allows; refreshes the Account tokens; reconciles admin right and team
 * memberships from Okta groups; and writes the sign-in's audit events: all in one transaction,
 * with one user write and one audit insert. A refusal or a failure rolls everything back, so no
 * User or Account is left half-made; a race with a simultaneous login runs it again. An admin
 * sign-in that SSO_REQUIRE_MFA_FOR_ADMINS sends back to Okta for MFA (`steppedUp` false) throws
 * MfaStepUp, which rolls it back too.
 */
export async function provisionSsoUser(
  config: Config,
  identity: OktaIdentity,
  tokens: AccountTokens,
  events: AuditEventInput[] = [],
  steppedUp = false,
): Promise<Provisioned> {
  return retryOnConflict(() =>
    db.$transaction(async (tx) => {
      const found = await findSsoUser(tx, identity);
      if (found && !found.user.isActive) throw new SsoRefusal("deactivated", `user ${found.user.email} is deactivated`);
      if (!found && !config.sso.autoCreateUsers)
        throw new SsoRefusal("not_provisioned", `no portal user for ${identity.email} and SSO_AUTO_CREATE_USERS=false`);

      const now = new Date();
      const signIn = { emailVerified: identity.emailVerified ? now : null, lastLoginAt: now, lastLoginMfa: identity.mfa };
      // A new user is written once, with the sign-in's fields; an existing one gets them in reconcile's update.
      const user = found?.user ?? {
        ...(await tx.user.create({ data: { email: identity.email, name: identity.name, authProvider: "okta", ...signIn } })),
        memberships: [],
      };
      if (found?.accountId) await tx.account.update({ where: { id: found.accountId }, data: tokens, select: { id: true } });
      else
        await tx.account.create({
          data: { ...tokens, userId: user.id, type: "oidc", provider: "okta", providerAccountId: identity.sub },
          select: { id: true },
        });

      // Okta is the source of the email: follow a change unless another user already has the new one.
      const emailTaken = user.email !== identity.email && (await tx.user.count({ where: { email: identity.email } })) > 0;
      const email = emailTaken ? user.email : identity.email;
      const reconciled = await reconcileOktaIdentity(tx, { ...user, email }, identity.groups, config, {
        source: "okta",
        linking: found !== null && found.linkedBy !== "sub",
        userData: found ? { email, name: identity.name ?? user.name, ...signIn } : undefined,
      });

      const adminMfa = decideAdminMfa({ required: config.sso.requireMfaForAdmins, isAdmin: reconciled.isAdmin, mfa: identity.mfa, steppedUp });
      if (adminMfa === "step_up") throw new MfaStepUp(identity.sub);

      const subject = { id: user.id, email };
      await recordAuditEvents(tx, [
        ...(found ? [] : [{ type: "user.created" as const, outcome: "success" as const, subject, details: { source: "sso" } }]),
        {
          type: "sso.login",
          outcome: "success",
          actor: subject,
          subject,
          details: {
            provider: "okta",
            issuer: config.sso.okta?.issuer,
            sub: identity.sub,
            groups: identity.groups,
            groupsClaim: identity.groupsProblem ?? (identity.groups ? "present" : "not requested"),
            mfa: identity.mfa,
            amr: identity.amr,
            newUser: !found,
            linkedBy: found?.linkedBy ?? "created",
            ...(adminMfa === "not_required" ? {} : { adminView: adminMfa === "withheld" ? "withheld: no MFA" : "granted with MFA" }),
          },
        },
        ...reconciled.events,
        ...events.map((event) => ({ ...event, subject })),
      ]);
      return {
        user: { ...subject, name: identity.name ?? user.name },
        isNewUser: !found,
        adminChange: reconciled.adminChange,
        memberships: reconciled.memberships,
        adminMfa,
      };
    }, TRANSACTION_LIMITS),
  );
}
