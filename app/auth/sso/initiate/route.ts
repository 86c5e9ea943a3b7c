import { getConfig } from "@/lib/config/get-config";
import { DomainError } from "@/lib/errors/domain-error";
import { route } from "@/lib/http/route";
import { loginErrorUrl } from "@/lib/sso/login-error-url";
import { resolveInitiatedLogin } from "@/lib/sso/resolve-initiated-login";

export const dynamic = "force-dynamic";

/**
 * GET /auth/sso/initiate: Okta's "Initiate login URI" (a click on the portal's dashboard tile). Hands
 * over to the login page, which starts the same authorization code flow as "Continue with Okta".
 */
export const GET = route({ auth: "anyone", rateLimit: { limit: "sso", by: "address" }, errors: "login" }, async ({ request }) => {
  const config = getConfig();
  const okta = config.sso.enabled ? config.sso.okta : null;
  if (!okta) throw new DomainError("not_found", "SSO authentication is disabled");
  const initiated = resolveInitiatedLogin(okta, config.appUrl, request.nextUrl.searchParams);
  if (!initiated) return Response.redirect(loginErrorUrl(config.appUrl, "initiate_unknown_issuer"), 303);
  const login = new URL("/admin/login", config.appUrl);
  login.searchParams.set("sso", "start");
  login.searchParams.set("callbackUrl", initiated.callbackUrl);
  if (initiated.loginHint) login.searchParams.set("login_hint", initiated.loginHint);
  return Response.redirect(login, 303);
});
