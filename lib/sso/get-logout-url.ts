import type { Config } from "@/lib/config/parse-config";
import { log } from "@/lib/log/logger";
import { discoverIssuer } from "./discover-issuer";

/**
 * Where the browser goes after the portal session is gone: Okta's end_session_endpoint (so the
 * Okta session ends too), or straight back to the login page when there is none or it can't be read.
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
    return url.toString();
  } catch (error) {
    log.warn("sso.logout.discovery_failed", { issuer: okta.issuer, reason: (error as Error).message });
    return loginUrl;
  }
}
