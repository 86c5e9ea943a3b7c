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

/**
 * Starts the sign-in the way the login button does: CSRF token, then POST /auth/sso/signin/okta
 * (whose query parameters next-auth passes on to Okta's authorize request).
 */
export async function startSsoLogin(portalUrl: string, jar: CookieJar, callbackUrl = "/admin", authorizationParams: Record<string, string> = {}): Promise<URL> {
  const { csrfToken } = (await (await jar.fetch(`${portalUrl}/auth/sso/csrf`)).json()) as { csrfToken: string };
  const query = new URLSearchParams(authorizationParams).toString();
  const response = await jar.fetch(`${portalUrl}/auth/sso/signin/okta${query ? `?${query}` : ""}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl, json: "true" }),
  });
  const { url } = (await response.json()) as { url: string };
  return new URL(url);
}

/**
 * Signs in on the IdP's form and returns the redirect back to the portal (not yet followed). When
 * the IdP asks for a second factor, `factorCode` answers it; without one the factor page is returned.
 */
export async function signInAtIdp(
  jar: CookieJar,
  authorizeUrl: URL,
  email: string,
  password = DEMO_PASSWORD,
  factorCode?: string,
): Promise<{ url: string; response: Response }> {
  const page = await follow(jar, authorizeUrl.toString(), () => false);
  const signedIn = await submitIdpForm(jar, page.url, await page.response.text(), "okta-signin-form", { username: email, password });
  if (signedIn.response.status !== 200 || factorCode === undefined) return signedIn;
  return submitIdpForm(jar, signedIn.url, await signedIn.response.text(), "okta-factor-form", { step: "factor", code: factorCode });
}

async function submitIdpForm(
  jar: CookieJar,
  pageUrl: string,
  html: string,
  formId: string,
  fields: Record<string, string>,
): Promise<{ url: string; response: Response }> {
  const action = new RegExp(`<form[^>]*id="${formId}"[^>]*action="([^"]+)"`).exec(html);
  if (!action) throw new Error(`no ${formId} at ${pageUrl}:\n${html.slice(0, 500)}`);
  const formUrl = new URL(action[1].replaceAll("&amp;", "&"), pageUrl).toString();
  return follow(jar, formUrl, (next) => next.pathname.startsWith("/auth/sso/callback/"), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields),
  });
}

/** A whole Okta login over HTTP, as a browser would do it, without following the portal's final redirect. */
export async function ssoLogin(
  portalUrl: string,
  email: string,
  options: { jar?: CookieJar; callbackUrl?: string; password?: string } = {},
): Promise<SsoLoginResult> {
  const jar = options.jar ?? new CookieJar();
  const authorizeUrl = await startSsoLogin(portalUrl, jar, options.callbackUrl);
  const back = await signInAtIdp(jar, authorizeUrl, email, options.password);
  const callback = await jar.fetch(back.url);
  return { jar, callback, location: callback.headers.get("location") ?? "", authorizeUrl };
}
