import type { Account, Profile } from "next-auth";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Config, OktaConfig } from "@/lib/config/parse-config";
import { log } from "@/lib/log/logger";
import { checkEmailVerified } from "./check-email-verified";
import { checkTrustedDomain } from "./check-trusted-domain";
import { requestContext } from "@/lib/request/request-context";
import { loginErrorUrl } from "./login-error-url";
import { MfaStepUp } from "./mfa-step-up";
import { provisionSsoUser } from "./provision-sso-user";
import { readIdentity, type OktaIdentity } from "./read-identity";
import { reportGroupsClaimProblem } from "./report-groups-claim-problem";
import { SsoRefusal } from "./sso-refusal";
import type { SsoProfile } from "./sso-profile";

/**
 * next-auth's signIn callback: applies the portal's SSO policy to a verified Okta sign-in and
 * provisions the user. Returns true to let next-auth create the session, or the login page URL
 * with the refusal's code; every outcome is audited (a success inside the provisioning transaction).
 */
export async function admitSsoUser(config: Config, okta: OktaConfig, profile: Profile | undefined, account: Account | null): Promise<true | string> {
  const claims = profile as SsoProfile | undefined;
  let identity: OktaIdentity | undefined;
  try {
    if (!claims?.sub || !account) throw new SsoRefusal("token_invalid", "no verified ID token claims");
    identity = await readIdentity(okta, claims, account.access_token);
    checkTrustedDomain(identity.email, config.sso.trustedDomains);
    checkEmailVerified(identity, config.sso.requireVerifiedEmail);
    const tokens = {
      access_token: account.access_token,
      expires_at: account.expires_at,
      id_token: account.id_token,
      refresh_token: account.refresh_token,
      scope: account.scope,
      token_type: account.token_type,
    };
    const warnings = identity.groupsProblem ? [reportGroupsClaimProblem(okta, identity.groupsProblem, identity.sub)] : [];
    const context = requestContext();
    const provisioned = await provisionSsoUser(config, identity, tokens, warnings, context?.mfaSteppedUpFor === identity.sub);
    log.debug("sso.user_linked", { sub: identity.sub, userId: provisioned.user.id, newUser: provisioned.isNewUser, adminMfa: provisioned.adminMfa });
    if (context) context.admittedSsoUser = { ...provisioned.user, sub: identity.sub, mfa: identity.mfa };
    return true;
  } catch (error) {
    if (error instanceof MfaStepUp && identity) return askForMfa(config, identity);
    if (!(error instanceof SsoRefusal)) throw error;
    log.info("sso.refused", { code: error.code, reason: error.detail, sub: claims?.sub });
    await recordAuditEvent({
      type: "sso.login",
      outcome: "failure",
      reason: error.code,
      subject: { email: identity?.email ?? (typeof claims?.email === "string" ? claims.email : null) },
      details: { provider: "okta", sub: claims?.sub, detail: error.detail },
    });
    const url = new URL(loginErrorUrl(config.appUrl, error.code));
    for (const [key, value] of Object.entries(error.params)) url.searchParams.set(key, value);
    return url.toString();
  }
}

/**
 * SSO_REQUIRE_MFA_FOR_ADMINS: sends an admin who signed in without MFA back to Okta once, asking for
 * MFA (`acr_values`) and a fresh sign-in (`max_age=0`). The SSO wrapper seals the sub into a cookie,
 * so the next callback knows Okta was asked already and does not loop.
 */
async function askForMfa(config: Config, identity: OktaIdentity): Promise<string> {
  const context = requestContext();
  if (context) context.mfaStepUpFor = identity.sub;
  log.info("sso.mfa_step_up", { sub: identity.sub, amr: identity.amr });
  await recordAuditEvent({
    type: "sso.mfa_step_up",
    outcome: "success",
    subject: { email: identity.email },
    details: { provider: "okta", sub: identity.sub, amr: identity.amr, detail: "admin sign-in without MFA: asked Okta for MFA" },
  });
  const url = new URL("/admin/login", config.appUrl);
  url.searchParams.set("step_up", "mfa");
  url.searchParams.set("login_hint", identity.email);
  return url.toString();
}
