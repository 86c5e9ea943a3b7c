import type { ClientAuth } from "@/lib/config/parse-config";
import type { IdpClient } from "./server";

/**
 * The portal's registration at the IdP: its next-auth callback and its post-logout page, for APP_URL and
 * for its localhost/127.0.0.1 twin, so either spelling of a loopback URL works in the browser.
 * Like an Okta app it has one client authentication method, the portal's SSO_OKTA_CLIENT_AUTH
 * (a plain string is a client secret with Okta's default, client_secret_basic); with a key the IdP
 * holds only its public half.
 */
export function portalClient(appUrl: string, clientId: string, auth: string | ClientAuth): IdpClient {
  const origins = [...new Set([new URL(appUrl).origin, loopbackTwin(appUrl)])];
  const method = typeof auth === "string" ? { method: "client_secret_basic" as const, secret: auth } : auth;
  return {
    client_id: clientId,
    ...(method.method === "private_key_jwt"
      ? { token_endpoint_auth_method: method.method, token_endpoint_auth_signing_alg: method.key.alg, jwks: { keys: [method.key.publicJwk] } }
      : { token_endpoint_auth_method: method.method, client_secret: method.secret }),
    redirect_uris: origins.map((origin) => `${origin}/auth/sso/callback/okta`),
    post_logout_redirect_uris: origins.map((origin) => `${origin}/admin/login`),
  };
}

function loopbackTwin(appUrl: string): string {
  const url = new URL(appUrl);
  if (url.hostname === "localhost") url.hostname = "127.0.0.1";
  else if (url.hostname === "127.0.0.1") url.hostname = "localhost";
  return url.origin;
}
