import OktaProvider, { type OktaProfile } from "next-auth/providers/okta";
import type { OktaConfig } from "@/lib/config/parse-config";

/**
 * next-auth's Okta provider as the tutorial configures it: discovery from
 * {issuer}/.well-known/openid-configuration (org or custom authorization server alike),
 * authorization code flow with PKCE, state and nonce (v4 checks only state by default).
 */
export function oktaProvider(okta: OktaConfig) {
  return OktaProvider({
    clientId: okta.clientId,
    clientSecret: okta.clientSecret,
    issuer: okta.issuer,
    checks: ["pkce", "state", "nonce"],
    authorization: { params: { scope: okta.scope } },
    // Only these keys reach user.create; groups and amr are read from the raw profile at sign-in.
    profile(profile: OktaProfile) {
      return { id: profile.sub, name: profile.name ?? profile.preferred_username ?? null, email: profile.email, image: null };
    },
  });
}
