import { NextResponse } from "next/server";
import { getConfig } from "@/lib/config/get-config";
import { route } from "@/lib/http/route";
import { createSession } from "@/lib/sessions/create-session";
import { setSessionCookie } from "@/lib/sessions/set-session-cookie";
import { loginErrorUrl } from "@/lib/sso/login-error-url";
import { safeCallbackPath } from "@/lib/sso/safe-callback-path";
import { authenticateWithPassword } from "@/lib/users/authenticate-with-password";

export const dynamic = "force-dynamic";

/** The local admin form on /admin/login (SSO_PRESERVE_ADMIN_AUTH): a database session like SSO's. */
export const POST = route({ auth: "anyone", rateLimit: { limit: "login", by: "address" }, errors: "login", sameOrigin: true, maxBodyBytes: 16 * 1024 }, async ({ readText }) => {
  const config = getConfig();
  const form = new URLSearchParams(await readText());
  const email = (form.get("email") ?? "").slice(0, 320);
  const password = (form.get("password") ?? "").slice(0, 1024);
  const callbackUrl = safeCallbackPath(form.get("callbackUrl") ?? "");

  const result = email && password ? await authenticateWithPassword(config, email, password) : ({ ok: false, code: "invalid_credentials" } as const);
  if (!result.ok) return NextResponse.redirect(loginErrorUrl(config.appUrl, result.code), 303);
  const response = NextResponse.redirect(new URL(callbackUrl, config.appUrl), 303);
  setSessionCookie(response, config, await createSession(config, result.user.id, "local"));
  return response;
});
