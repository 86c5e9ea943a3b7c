import OktaProvider, { type OktaProfile } from "next-auth/providers/okta";
import { custom, type TokenSetParameters } from "openid-client";
import type { OktaConfig } from "@/lib/config/parse-config";
import { log } from "@/lib/log/logger";

// Okta's tokens are checked with 2 minutes of tolerance for clock skew (openid-client defaults to 10 s in next-auth).
const CLOCK_TOLERANCE_SECONDS = 120;

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
    token: {
      // The default exchange, plus the skew tolerance and a check that discovery named our issuer.
      async request({ client, params, checks, provider }) {
        const discovered = client.issuer.metadata.issuer;
        if (discovered !== okta.issuer) throw new Error(`issuer mismatch: discovery says ${discovered}, SSO_OKTA_ISSUER is ${okta.issuer}`);
        client[custom.clock_tolerance] = CLOCK_TOLERANCE_SECONDS;
        log.debug("sso.token_exchange", { issuer: okta.issuer });
        const tokens = await client.callback(provider.callbackUrl, params, checks);
        // openid-client checks exp but not whether iat lies in the future.
        const { iat, sub } = tokens.claims();
        if (typeof iat !== "number" || iat > Date.now() / 1000 + CLOCK_TOLERANCE_SECONDS) throw new Error(`ID token iat ${iat} is in the future; check the server clock`);
        log.debug("sso.id_token_valid", { sub });
        return { tokens: tokens as TokenSetParameters };
      },
    },
    // Only these keys reach user.create; groups and amr are read from the raw profile at sign-in.
    profile(profile: OktaProfile) {
      return { id: profile.sub, name: profile.name ?? profile.preferred_username ?? null, email: profile.email, image: null };
    },
  });
}
