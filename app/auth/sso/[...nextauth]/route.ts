import { route } from "@/lib/http/route";
import type { RouteOptions } from "@/lib/http/route-options";
import { observeSsoLogin } from "@/lib/metrics/observe-sso-login";
import { handleSsoRequest, type SsoRouteParams } from "@/lib/sso/handle-sso-request";

// NextAuth (v4) under /auth/sso, so Okta's redirect URI is {APP_URL}/auth/sso/callback/okta.
export const dynamic = "force-dynamic";

// A browser coming back from Okta gets the login page on failure; the button's JSON calls get JSON.
const SSO = {
  auth: "anyone",
  rateLimit: { limit: "sso", by: "address" },
  errors: (request: Request) => (new URL(request.url).pathname.startsWith("/auth/sso/callback/") ? "login" : "json"),
} as const satisfies RouteOptions;

const sso = route<typeof SSO, SsoRouteParams>(SSO, ({ request, params }) => observeSsoLogin(request, () => handleSsoRequest(request, params)));

export { sso as GET, sso as POST };
