import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { getConfig } from "@/lib/config/get-config";
import { DomainError } from "@/lib/errors/domain-error";
import { log } from "@/lib/log/logger";
import { requestContext } from "@/lib/request/request-context";
import { getSessionSecret } from "@/lib/sessions/get-session-secret";
import { checkCallbackState } from "./check-callback-state";
import { classifyIdpError } from "./classify-idp-error";
import { classifySsoError } from "./classify-sso-error";
import { readDiscoveryError } from "./read-discovery-error";
import { getAuthOptions } from "./get-auth-options";
import { loginErrorUrl } from "./login-error-url";
import { mfaStepUpCookie, readMfaStepUp } from "./mfa-step-up-cookie";
import { sealLoginDetail } from "./seal-login-detail";

export interface SsoRouteParams {
  nextauth: string[];
}

// The next-auth actions the portal answers: the Okta button's csrf and signin, Okta's callback, and
// the session and sign-out that scripts may use. next-auth's others (email verification, its own
// pages, GET on a POST-only action) answered with its own plain-text 400 or an unbranded page.
const ACTIONS = new Set(["csrf", "session", "signin", "callback", "signout", "error"]);

/** Whether `/auth/sso/<action>[/<provider>]` is one of next-auth's actions the portal answers. */
function isServedAction([action, provider, ...rest]: string[]): boolean {
  if (rest.length > 0 || !ACTIONS.has(action)) return false;
  if (action === "callback") return provider === "okta";
  return provider === undefined || (action === "signin" && provider === "okta");
}

// next-auth sends failures to its own /error route (which redirects to pages.error) or straight to pages.error.
const NEXT_AUTH_ERROR_PAGE = /\/(admin\/login|auth\/sso\/error)\?error=/;

/**
 * Every /auth/sso/* request (behind the route wrapper, which rate-limits and sets the request
 * context): refuses them all when SSO is off, forwards an IdP's error and its
 * description to the login page (next-auth v4 would reduce it to "Callback"), and replaces
 * next-auth's generic error codes with specific ones.
 */
export async function handleSsoRequest(request: NextRequest, params: SsoRouteParams): Promise<Response> {
  const config = getConfig();
  if (!config.sso.enabled) throw new DomainError("not_found", "SSO authentication is disabled");

  const { pathname, searchParams } = request.nextUrl;
  // Also refuses next-auth's client-side log sink (_log): the custom logger switches it on, but it would let anyone write to the server log.
  if (!isServedAction(params.nextauth)) throw new DomainError("not_found", "Not found");
  const idpError = searchParams.get("error");
  if (pathname.startsWith("/auth/sso/callback/") && idpError) {
    log.info("sso.callback.idp_error", { error: idpError, description: searchParams.get("error_description") ?? undefined });
    const description = searchParams.get("error_description");
    // Only a callback answering a sign-in this browser started may put the IdP's words on its login page.
    const ours = await checkCallbackState(request, await getSessionSecret(), config.secureCookies);
    const { location, setCookie } = await sealLoginDetail(
      config,
      loginErrorUrl(config.appUrl, classifyIdpError(idpError, description), ours ? description : null),
    );
    return new Response(null, { status: 302, headers: { location, ...(setCookie && { "set-cookie": setCookie }) } });
  }

  // Only the sign-in and the callback talk to the issuer.
  const options = await getAuthOptions({ discover: /^\/auth\/sso\/(signin|callback)\//.test(pathname) });
  const context = requestContext();
  const callback = pathname.startsWith("/auth/sso/callback/");
  const steppedUpFor = callback ? await readMfaStepUp(request) : undefined;
  if (context) context.mfaSteppedUpFor = steppedUpFor;
  const response: Response = await NextAuth(request as never, { params: Promise.resolve(params) } as never, options);
  // A callback that asked Okta for MFA remembers whom for; the callback after it forgets.
  if (context?.mfaStepUpFor) response.headers.append("set-cookie", await mfaStepUpCookie(config, context.mfaStepUpFor));
  else if (steppedUpFor) response.headers.append("set-cookie", await mfaStepUpCookie(config, null));

  const location = response.headers.get("location");
  if (!context?.ssoError) {
    // A refusal from the signIn callback (e.g. untrusted_domain) carries details for the login page.
    if (!location) return response;
    const sealed = await sealLoginDetail(config, location);
    response.headers.set("location", sealed.location);
    if (sealed.setCookie) response.headers.append("set-cookie", sealed.setCookie);
    return response;
  }
  const failure = classifySsoError(context.ssoError.code, context.ssoError.detail, config.sso.okta?.clientAuth.method);
  // next-auth only says "404"; Okta's own words (e.g. "… (AuthorizationServer)") come from the discovery answer.
  if (failure.code === "issuer_not_found" && config.sso.okta) failure.description = await readDiscoveryError(config.sso.okta.issuer);
  const sealed = await sealLoginDetail(config, loginErrorUrl(config.appUrl, failure.code, failure.description));
  const specific = sealed.location;
  if (sealed.setCookie) response.headers.append("set-cookie", sealed.setCookie);
  if (location && NEXT_AUTH_ERROR_PAGE.test(location)) response.headers.set("location", specific);
  // The login button asks for JSON ({url}) instead of a redirect.
  if (!location && response.headers.get("content-type")?.includes("application/json")) {
    const body = (await response.clone().json()) as { url?: string };
    if (body.url && NEXT_AUTH_ERROR_PAGE.test(body.url)) {
      return Response.json({ url: specific }, { status: response.status, headers: response.headers });
    }
  }
  return response;
}
