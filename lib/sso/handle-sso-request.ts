import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { ApiError } from "@/lib/api/api-error";
import { jsonError } from "@/lib/api/json-error";
import { getConfig } from "@/lib/config/get-config";
import { log } from "@/lib/log/logger";
import { describeRequest } from "@/lib/request/describe-request";
import { runWithRequestContext } from "@/lib/request/request-context";
import { checkRateLimit } from "@/lib/security/check-rate-limit";
import { classifySsoError } from "./classify-sso-error";
import { getAuthOptions } from "./get-auth-options";
import { loginErrorUrl } from "./login-error-url";

export interface SsoRouteContext {
  params: Promise<{ nextauth: string[] }>;
}

// next-auth sends failures to its own /error route (which redirects to pages.error) or straight to pages.error.
const NEXT_AUTH_ERROR_PAGE = /\/(admin\/login|auth\/sso\/error)\?error=/;

/**
 * Every /auth/sso/* request: refuses them all when SSO is off, forwards an IdP's error and its
 * description to the login page (next-auth v4 would reduce it to "Callback"), and replaces
 * next-auth's generic error codes with specific ones.
 */
export async function handleSsoRequest(request: NextRequest, route: SsoRouteContext): Promise<Response> {
  const config = getConfig();
  if (!config.sso.enabled) return Response.json({ detail: "SSO authentication is disabled" }, { status: 404 });

  const { pathname, searchParams } = request.nextUrl;
  const context = describeRequest(request.headers);
  try {
    checkRateLimit(`sso:${context.ip}`, config.rateLimits.sso);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    // A browser coming back from Okta gets the login page; the button's JSON calls get JSON.
    return pathname.startsWith("/auth/sso/callback/") ? Response.redirect(loginErrorUrl(config.appUrl, "rate_limited"), 302) : jsonError(error);
  }
  const idpError = searchParams.get("error");
  if (pathname.startsWith("/auth/sso/callback/") && idpError) {
    log.info("sso.callback.idp_error", { error: idpError, description: searchParams.get("error_description") ?? undefined });
    const code = /^[a-z_]{1,64}$/.test(idpError) ? idpError : "sso_failed";
    return Response.redirect(loginErrorUrl(config.appUrl, code, searchParams.get("error_description")), 302);
  }

  // Only the sign-in and the callback talk to the issuer.
  const options = await getAuthOptions({ discover: /^\/auth\/sso\/(signin|callback)\//.test(pathname) });
  const response: Response = await runWithRequestContext(context, () => NextAuth(request as never, route as never, options));

  if (!context.ssoError) return response;
  const specific = loginErrorUrl(config.appUrl, classifySsoError(context.ssoError.code, context.ssoError.detail));
  const location = response.headers.get("location");
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
