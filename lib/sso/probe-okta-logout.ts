import { describeFetchError } from "./describe-fetch-error";

export type LogoutProbe = { ok: true } | { ok: false; reason: string; oktaText?: string };

const UNREGISTERED = "The 'post_logout_redirect_uri' parameter must be a Logout redirect URI in the client app settings.";

/**
 * Asks Okta, server to server and without the person's Okta cookie (so nothing is ended), whether the
 * logout URL would be accepted. Okta validates id_token_hint and post_logout_redirect_uri before it
 * looks at the session, and a refused one is a dead-end 400 page in the browser.
 */
export async function probeOktaLogout(logoutUrl: string): Promise<LogoutProbe> {
  try {
    const response = await fetch(logoutUrl, { redirect: "manual", headers: { accept: "text/html" }, signal: AbortSignal.timeout(3_000) });
    if (response.status < 400) return { ok: true };
    const body = (await response.text()).replaceAll("&#39;", "'").replaceAll("&#x27;", "'");
    if (body.includes("must be a Logout redirect URI")) return { ok: false, reason: "post_logout_redirect_uri not registered", oktaText: UNREGISTERED };
    return { ok: false, reason: `Okta's logout endpoint answered HTTP ${response.status}` };
  } catch (error) {
    return { ok: false, reason: describeFetchError(error) };
  }
}
