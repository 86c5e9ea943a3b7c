import OktaProvider, { type OktaProfile } from "next-auth/providers/okta";
import { custom, Issuer, type BaseClient, type TokenSetParameters } from "openid-client";
import type { OktaConfig } from "@/lib/config/parse-config";
import { log } from "@/lib/log/logger";

// Okta's tokens are checked with 2 minutes of tolerance for clock skew (openid-client defaults to 10 s in next-auth).
const CLOCK_TOLERANCE_SECONDS = 120;
// next-auth builds a new openid-client Issuer per request, which refetches the JWKS on every
// callback; a cached client keeps the key set (openid-client refetches it by itself for an unknown kid).
const CLIENT_TTL_MS = 5 * 60_000;
const clients = new Map<string, { at: number; client: BaseClient }>();

function cachedClient(okta: OktaConfig, fresh: BaseClient, callbackUrl: string): BaseClient {
  const hit = clients.get(okta.issuer);
  if (hit && Date.now() - hit.at < CLIENT_TTL_MS) return hit.client;
  const issuer = new Issuer(fresh.issuer.metadata);
  const client = new issuer.Client({ client_id: okta.clientId, client_secret: okta.clientSecret, redirect_uris: [callbackUrl] });
  client[custom.clock_tolerance] = CLOCK_TOLERANCE_SECONDS;
  clients.set(okta.issuer, { at: Date.now(), client });
  return client;
}

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
      async request({ client: fresh, params, checks, provider }) {
        const discovered = fresh.issuer.metadata.issuer;
        if (discovered !== okta.issuer) throw new Error(`issuer mismatch: discovery says ${discovered}, SSO_OKTA_ISSUER is ${okta.issuer}`);
        const client = cachedClient(okta, fresh, provider.callbackUrl!);
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
