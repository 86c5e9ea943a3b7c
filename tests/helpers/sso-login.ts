import { CookieJar } from "./cookie-jar";
import { DEMO_PASSWORD } from "./start-stack";

export interface SsoLoginResult {
  jar: CookieJar;
  /** The portal's answer to Okta's redirect to /auth/sso/callback/okta. */
  callback: Response;
  /** Where the portal sends the browser after the callback. */
  location: string;
  /** The authorize URL the portal sent the browser to. */
  authorizeUrl: URL;
}

/** Follows redirects with the jar until `stop` says so; returns the response that was not followed. */
export async function follow(jar: CookieJar, url: string, stop: (url: URL) => boolean, init?: RequestInit): Promise<{ url: string; response: Response }> {
  let current = url;
  let response = await jar.fetch(current, init);
  for (let hops = 0; hops < 15 && response.status >= 300 && response.status < 400; hops++) {
    const next = new URL(response.headers.get("location") ?? "", current).toString();
    if (stop(new URL(next))) return { url: next, response };
    current = next;
    response = await jar.fetch(current);
  }
  return { url: current, response };
}

/** Starts the sign-in the way the login button does: CSRF token, then POST /auth/sso/signin/okta. */
export async function startSsoLogin(portalUrl: string, jar: CookieJar, callbackUrl = "/admin"): Promise<URL> {
  const { csrfToken } = (await (await jar.fetch(`${portalUrl}/auth/sso/csrf`)).json()) as { csrfToken: string };
  const response = await jar.fetch(`${portalUrl}/auth/sso/signin/okta`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl, json: "true" }),
  });
  const { url } = (await response.json()) as { url: string };
  return new URL(url);
}

/** Signs in on the IdP's form and returns the redirect back to the portal (not yet followed). */
export async function signInAtIdp(jar: CookieJar, authorizeUrl: URL, email: string, password = DEMO_PASSWORD): Promise<{ url: string; response: Response }> {
  const page = await follow(jar, authorizeUrl.toString(), () => false);
  const html = await page.response.text();
  const action = /<form[^>]*id="okta-signin-form"[^>]*action="([^"]+)"|<form[^>]*action="([^"]+)"[^>]*id="okta-signin-form"/.exec(html);
  if (!action) throw new Error(`no sign-in form at ${page.url} (HTTP ${page.response.status}):\n${html.slice(0, 500)}`);
  const formUrl = new URL((action[1] ?? action[2]).replaceAll("&amp;", "&"), page.url).toString();
  return follow(jar, formUrl, (next) => next.pathname.startsWith("/auth/sso/callback/"), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ username: email, password }),
  });
}

/** A whole Okta login over HTTP, as a browser would do it, without following the portal's final redirect. */
export async function ssoLogin(portalUrl: string, email: string, options: { jar?: CookieJar; callbackUrl?: string; password?: string } = {}): Promise<SsoLoginResult> {
  const jar = options.jar ?? new CookieJar();
  const authorizeUrl = await startSsoLogin(portalUrl, jar, options.callbackUrl);
  const back = await signInAtIdp(jar, authorizeUrl, email, options.password);
  const callback = await jar.fetch(back.url);
  return { jar, callback, location: callback.headers.get("location") ?? "", authorizeUrl };
}
