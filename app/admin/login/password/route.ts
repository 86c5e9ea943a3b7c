import { NextResponse } from "next/server";
import { getConfig } from "@/lib/config/get-config";
import { describeRequest } from "@/lib/request/describe-request";
import { isSameOrigin } from "@/lib/request/is-same-origin";
import { runWithRequestContext } from "@/lib/request/request-context";
import { createSession } from "@/lib/sessions/create-session";
import { setSessionCookie } from "@/lib/sessions/set-session-cookie";
import { loginErrorUrl } from "@/lib/sso/login-error-url";
import { safeCallbackPath } from "@/lib/sso/safe-callback-path";
import { authenticateWithPassword } from "@/lib/users/authenticate-with-password";

export const dynamic = "force-dynamic";

/** The local admin form on /admin/login (SSO_PRESERVE_ADMIN_AUTH): a database session like SSO's. */
export async function POST(request: Request) {
  const config = getConfig();
  if (!isSameOrigin(request.headers, config.appUrl)) return Response.json({ detail: "Cross-site sign-in refused" }, { status: 403 });
  const form = await request.formData().catch(() => null);
  const email = String(form?.get("email") ?? "").slice(0, 320);
  const password = String(form?.get("password") ?? "").slice(0, 1024);
  const callbackUrl = safeCallbackPath(String(form?.get("callbackUrl") ?? ""));

  return runWithRequestContext(describeRequest(request.headers), async () => {
    const result = email && password ? await authenticateWithPassword(config, email, password) : ({ ok: false, code: "invalid_credentials" } as const);
    if (!result.ok) return NextResponse.redirect(loginErrorUrl(config.appUrl, result.code), 303);
    const response = NextResponse.redirect(new URL(callbackUrl, config.appUrl), 303);
    setSessionCookie(response, config, await createSession(config, result.user.id, "local"));
    return response;
  });
}
