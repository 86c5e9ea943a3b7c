import type { OktaConfig } from "@/lib/config/parse-config";
import { log } from "@/lib/log/logger";
import { discoverIssuer } from "./discover-issuer";
import { SsoRefusal } from "./sso-refusal";
import { groupsOf, usedMfa, type SsoProfile } from "./sso-profile";

export interface OktaIdentity {
  sub: string;
  email: string;
  name: string | null;
  groups: string[];
  mfa: boolean;
  amr: string[];
}

/**
 * The identity behind a verified ID token. Okta's code flow issues thin ID tokens, so email,
 * email_verified and groups fall back to the userinfo endpoint when the token lacks them.
 */
export async function readIdentity(okta: OktaConfig, idToken: SsoProfile, accessToken: string | undefined): Promise<OktaIdentity> {
  let claims: SsoProfile = idToken;
  const wantsGroups = okta.scope.split(" ").includes("groups");
  const missing = !idToken.email || idToken.email_verified === undefined || (wantsGroups && idToken[okta.groupsClaim] === undefined);
  if (missing && accessToken) {
    const userinfo = await fetchUserinfo(okta, accessToken);
    if (userinfo.sub !== idToken.sub) {
      throw new SsoRefusal("token_invalid", `userinfo sub ${JSON.stringify(userinfo.sub)} differs from the ID token's`);
    }
    claims = { ...userinfo, ...stripUndefined(idToken) };
    log.debug("sso.userinfo", { reason: "thin ID token", claims: Object.keys(userinfo) });
  }

  const email = typeof claims.email === "string" ? claims.email.trim().toLowerCase() : "";
  if (!email) throw new SsoRefusal("email_unverified", "Okta sent no email claim");
  if (claims.email_verified === false) throw new SsoRefusal("email_unverified", `email ${email} is not verified`);
  return {
    sub: idToken.sub,
    email,
    name: (claims.name ?? claims.preferred_username ?? null) as string | null,
    groups: groupsOf(claims, okta.groupsClaim),
    mfa: usedMfa(idToken),
    amr: Array.isArray(idToken.amr) ? idToken.amr : [],
  };
}

function stripUndefined(profile: SsoProfile): SsoProfile {
  return Object.fromEntries(Object.entries(profile).filter(([, value]) => value !== undefined)) as SsoProfile;
}

async function fetchUserinfo(okta: OktaConfig, accessToken: string): Promise<SsoProfile> {
  try {
    const { userinfo_endpoint: endpoint } = await discoverIssuer(okta.issuer);
    if (!endpoint) throw new Error("the issuer advertises no userinfo_endpoint");
    const response = await fetch(endpoint, { headers: { authorization: `Bearer ${accessToken}`, accept: "application/json" }, signal: AbortSignal.timeout(5_000) });
    if (!response.ok) throw new Error(`userinfo answered HTTP ${response.status}`);
    return (await response.json()) as SsoProfile;
  } catch (error) {
    throw new SsoRefusal("issuer_unreachable", `userinfo failed: ${(error as Error).message}`);
  }
}
