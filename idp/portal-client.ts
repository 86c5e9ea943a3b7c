import type { IdpClient } from "./server";

/**
 * The portal's registration at the IdP: its next-auth callback and its post-logout page, for APP_URL and
 * for its localhost/127.0.0.1 twin, so either spelling of a loopback URL works in the browser.
 */
export function portalClient(appUrl: string, clientId: string, clientSecret: string): IdpClient {
  const origins = [...new Set([new URL(appUrl).origin, loopbackTwin(appUrl)])];
  return {
    client_id: clientId,
    client_secret: clientSecret,
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
