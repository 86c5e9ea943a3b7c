import type { NextRequest } from "next/server";
import { observeHttpRequest } from "@/lib/metrics/observe-http-request";
import { observeSsoLogin } from "@/lib/metrics/observe-sso-login";
import { handleSsoRequest, type SsoRouteContext } from "@/lib/sso/handle-sso-request";

// NextAuth (v4) under /auth/sso, so Okta's redirect URI is {APP_URL}/auth/sso/callback/okta.
export const dynamic = "force-dynamic";

const handle = (request: NextRequest, context: SsoRouteContext) =>
  observeHttpRequest(request, context.params, () => observeSsoLogin(request, () => handleSsoRequest(request, context)));
export { handle as GET, handle as POST };
