import OktaProvider, { type OktaProfile } from "next-auth/providers/okta";
import type { TokenSetParameters } from "openid-client";
import type { OktaConfig } from "@/lib/config/parse-config";
import { log } from "@/lib/log/logger";
import type { IssuerMetadata } from "./discover-issuer";
import { CLOCK_TOLERANCE_SECONDS, getOktaClient } from "./get-okta-client";
import { toClientMetadata } from "./to-client-metadata";

/**
 * next-auth's Okta provider (authorization code flow with PKCE, state and nonce; v4 checks only
 * state by default), handed the endpoints of the cached discovery document: with `wellKnown`
 * next-auth would rediscover the issuer on every sign-in and callback. When discovery failed the
 * provider has no endpoints, so the sign-in fails in next-auth's usual way (shown as
 * issuer_unreachable) and a callback reports the discovery error itself.
 */
export function oktaProvider(okta: OktaConfig, discovery: IssuerMetadata | Error) {
  const metadata = discovery instanceof Error ? undefined : discovery;
  const client = toClientMetadata(okta);
  return OktaProvider({
    clientId: okta.clientId,
    // next-auth builds a client of its own too (for the callback's parameters): same method, no secret with a key.
    clientSecret: client.client_secret as string,
    client,
    checks: ["pkce", "state", "nonce"],
    wellKnown: undefined,
    issuer: metadata?.issuer ?? okta.issuer,
    authorization: { url: metadata?.authorization_endpoint, params: { scope: okta.scope } },
    userinfo: { url: metadata?.userinfo_endpoint },
    jwks_endpoint: metadata?.jwks_uri,
    token: {
      url: metadata?.token_endpoint,
      // The default exchange, plus the skew tolerance and a check that discovery named our issuer.
      async request({ params, checks, provider }) {
        if (!metadata) throw discovery;
        if (metadata.issuer !== okta.issuer) throw new Error(`issuer mismatch: discovery says ${metadata.issuer}, SSO_OKTA_ISSUER is ${okta.issuer}`);
        const { client, extras } = getOktaClient(okta, metadata, provider.callbackUrl!);
        log.debug("sso.token_exchange", { issuer: okta.issuer, clientAuth: okta.clientAuth.method });
        const tokens = await client.callback(provider.callbackUrl, params, checks, extras);
        // openid-client checks exp but not whether iat lies in the future.
        const { iat, sub } = tokens.claims();
        if (typeof iat !== "number" || iat > Date.now() / 1000 + CLOCK_TOLERANCE_SECONDS)
          throw new Error(`ID token iat ${iat} is in the future; check the server clock`);
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
