import type { Config } from "@/lib/config/parse-config";
import { log } from "@/lib/log/logger";
import { discoverIssuer } from "./discover-issuer";
import { loginErrorUrl } from "./login-error-url";
import { probeOktaLogout } from "./probe-okta-logout";

/**
 * Where the browser goes after the portal session is gone: Okta's end_session_endpoint (so the
 * Okta session ends too), or back to the login page. When Okta would refuse the logout (the
 * portal's /admin/login is not a Sign-out redirect URI of the app) or can't be asked, the login
 * page says that the Okta session remains instead of leaving the person on Okta's error page.
 */
export async function getLogoutUrl(config: Config, idToken: string | null): Promise<string> {
  const loginUrl = `${config.appUrl}/admin/login`;
  const okta = config.sso.okta;
  if (!okta || !idToken) return loginUrl;
  try {
    const { end_session_endpoint: endpoint } = await discoverIssuer(okta.issuer, { timeoutMs: 3_000 });
    if (!endpoint) return loginUrl;
    const url = new URL(endpoint);
    url.searchParams.set("id_token_hint", idToken);
    url.searchParams.set("post_logout_redirect_uri", loginUrl);
    const probe = await probeOktaLogout(url.toString());
    if (probe.ok) return url.toString();
    log.warn("sso.logout.okta_refused", { issuer: okta.issuer, reason: probe.reason, fix: `add ${loginUrl} to the Okta app's Sign-out redirect URIs` });
    return loginErrorUrl(config.appUrl, "okta_session_remains", probe.oktaText);
  } catch (error) {
    log.warn("sso.logout.discovery_failed", { issuer: okta.issuer, reason: (error as Error).message });
    return loginErrorUrl(config.appUrl, "okta_session_remains");
  }
}
