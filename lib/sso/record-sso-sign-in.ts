import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { OktaConfig } from "@/lib/config/parse-config";
import { db } from "@/lib/db/client";
import { groupsOf, usedMfa, type SsoProfile } from "./sso-profile";

/** After a successful Okta sign-in: remember the user's current groups and MFA use, and audit it. */
export async function recordSsoSignIn(okta: OktaConfig, userId: string, profile: SsoProfile, isNewUser: boolean): Promise<void> {
  const groups = groupsOf(profile, okta.groupsClaim);
  const mfa = usedMfa(profile);
  const user = await db.user.update({
    where: { id: userId },
    data: { lastLoginAt: new Date(), lastLoginMfa: mfa, oktaGroups: JSON.stringify(groups), emailVerified: new Date() },
  });
  await recordAuditEvent({
    type: "sso.login",
    outcome: "success",
    actor: user,
    subject: user,
    details: { provider: "okta", issuer: okta.issuer, sub: profile.sub, groups, mfa, amr: profile.amr ?? [], newUser: isNewUser },
  });
}
