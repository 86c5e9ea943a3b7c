import type { OktaConfig } from "@/lib/config/parse-config";
import { log } from "@/lib/log/logger";
import { discoverIssuer } from "./discover-issuer";
import { SsoRefusal } from "./sso-refusal";
import { usedMfa, type SsoProfile } from "./sso-profile";
import { normalizeEmail } from "@/lib/users/normalize-email";

export interface OktaIdentity {
  sub: string;
  email: string;
  /** Okta's email_verified: true only when Okta says so (absent counts as not verified). */
  emailVerified: boolean;
  name: string | null;
  /** Null when Okta said nothing usable about groups: not the same as no groups. */
  groups: string[] | null;
  /** Why `groups` is null although the groups scope was asked for. */
  groupsProblem: "missing" | "malformed" | null;
  mfa: boolean;
  amr: string[];
}

/**
 * The identity behind a verified ID token. Okta's code flow issues thin ID tokens, so when the
 * token lacks a claim the policy reads (email, email_verified, or groups when asked for), the
 * userinfo endpoint is called, once; otherwise never.
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

  const email = typeof claims.email === "string" ? normalizeEmail(claims.email) : "";
  if (!email) throw new SsoRefusal("email_unverified", "Okta sent no email claim");
  const groups = readGroups(claims[okta.groupsClaim]);
  return {
    sub: idToken.sub,
    email,
    emailVerified: claims.email_verified === true,
    name: (claims.name ?? claims.preferred_username ?? null) as string | null,
    groups,
    groupsProblem: !wantsGroups || groups ? null : claims[okta.groupsClaim] === undefined ? "missing" : "malformed",
    mfa: usedMfa(idToken),
    amr: Array.isArray(idToken.amr) ? idToken.amr : [],
  };
}

/** Okta sends an array of group names; anything else (absent, a string, mixed types) is unknown, not empty. */
function readGroups(value: unknown): string[] | null {
  return Array.isArray(value) && value.every((group) => typeof group === "string") ? value : null;
}

function stripUndefined(profile: SsoProfile): SsoProfile {
  return Object.fromEntries(Object.entries(profile).filter(([, value]) => value !== undefined)) as SsoProfile;
}

async function fetchUserinfo(okta: OktaConfig, accessToken: string): Promise<SsoProfile> {
  try {
    const { userinfo_endpoint: endpoint } = await discoverIssuer(okta.issuer);
    if (!endpoint) throw new Error("the issuer advertises no userinfo_endpoint");
    const response = await fetch(endpoint, {
      headers: { authorization: `Bearer ${accessToken}`, accept: "application/json" },
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) throw new Error(`userinfo answered HTTP ${response.status}`);
    return (await response.json()) as SsoProfile;
  } catch (error) {
    throw new SsoRefusal("issuer_unreachable", `userinfo failed: ${(error as Error).message}`);
  }
}
