import { NextResponse } from "next/server";
import { ApiError } from "@/lib/api/api-error";
import { readBody } from "@/lib/api/read-body";
import { getConfig } from "@/lib/config/get-config";
import { describeRequest } from "@/lib/request/describe-request";
import { isSameOrigin } from "@/lib/request/is-same-origin";
import { runWithRequestContext } from "@/lib/request/request-context";
import { checkRateLimit } from "@/lib/security/check-rate-limit";
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
  const context = describeRequest(request.headers);
  let form: URLSearchParams;
  try {
    checkRateLimit(`login:${context.ip}`, config.rateLimits.login);
    form = new URLSearchParams(await readBody(request, 16 * 1024));
  } catch (error) {
    if (error instanceof ApiError) return NextResponse.redirect(loginErrorUrl(config.appUrl, error.status === 429 ? "rate_limited" : "invalid_credentials"), 303);
    throw error;
  }
  // PostgreSQL can't store NUL in text; no real email or password holds one.
  if ([...form.values()].some((value) => value.includes("\0"))) return Response.json({ detail: "Remove the NUL character from the email, password or callbackUrl field" }, { status: 400 });
  const email = (form.get("email") ?? "").slice(0, 320);
  const password = (form.get("password") ?? "").slice(0, 1024);
  const callbackUrl = safeCallbackPath(form.get("callbackUrl"), config.appUrl);

  return runWithRequestContext(context, async () => {
    const result = email && password ? await authenticateWithPassword(config, email, password, context.ip) : ({ ok: false, code: "invalid_credentials" } as const);
    if (!result.ok) return NextResponse.redirect(loginErrorUrl(config.appUrl, result.code), 303);
    const response = NextResponse.redirect(callbackUrl, 303);
    setSessionCookie(response, config, await createSession(config, result.user.id, "local"));
    return response;
  });
}
