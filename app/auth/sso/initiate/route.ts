import type { NextRequest } from "next/server";
import { getConfig } from "@/lib/config/get-config";
import { loginErrorUrl } from "@/lib/sso/login-error-url";
import { resolveInitiatedLogin } from "@/lib/sso/resolve-initiated-login";

export const dynamic = "force-dynamic";

/**
 * GET /auth/sso/initiate: Okta's "Initiate login URI" (a click on the portal's dashboard tile). Hands
 * over to the login page, which starts the same authorization code flow as "Continue with Okta".
 */
export function GET(request: NextRequest) {
  const config = getConfig();
  const okta = config.sso.enabled ? config.sso.okta : null;
  if (!okta) return Response.json({ detail: "SSO authentication is disabled" }, { status: 404 });
  const initiated = resolveInitiatedLogin(okta, config.appUrl, request.nextUrl.searchParams);
  if (!initiated) return Response.redirect(loginErrorUrl(config.appUrl, "initiate_unknown_issuer"), 303);
  const login = new URL("/admin/login", config.appUrl);
  login.searchParams.set("sso", "start");
  login.searchParams.set("callbackUrl", initiated.callbackPath);
  if (initiated.loginHint) login.searchParams.set("login_hint", initiated.loginHint);
  return Response.redirect(login, 303);
}
