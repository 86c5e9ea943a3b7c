import { NextResponse } from "next/server";
import { getConfig } from "@/lib/config/get-config";
import { route } from "@/lib/http/route";
import { requestContext } from "@/lib/request/request-context";
import { createSession } from "@/lib/sessions/create-session";
import { setSessionCookie } from "@/lib/sessions/set-session-cookie";
import { loginErrorUrl } from "@/lib/sso/login-error-url";
import { safeCallbackPath } from "@/lib/sso/safe-callback-path";
import { authenticateWithPassword } from "@/lib/users/authenticate-with-password";

export const dynamic = "force-dynamic";

/** The local admin form on /admin/login (SSO_PRESERVE_ADMIN_AUTH): a database session like SSO's. */
export const POST = route(
  { auth: "anyone", rateLimit: { limit: "login", by: "address" }, errors: "login", sameOrigin: true, maxBodyBytes: 16 * 1024 },
  async ({ readText }) => {
    const config = getConfig();
    const form = new URLSearchParams(await readText());
    // PostgreSQL can't store NUL in text; no real email or password holds one.
    if ([...form.values()].some((value) => value.includes("\0")))
      return Response.json({ detail: "Remove the NUL character from the email, password or callbackUrl field" }, { status: 400 });
    const email = (form.get("email") ?? "").slice(0, 320);
    const password = (form.get("password") ?? "").slice(0, 1024);
    const callbackUrl = safeCallbackPath(form.get("callbackUrl"), config.appUrl);

    const result =
      email && password
        ? await authenticateWithPassword(config, email, password, requestContext()?.ip ?? null)
        : ({ ok: false, code: "invalid_credentials" } as const);
    if (!result.ok) return NextResponse.redirect(loginErrorUrl(config.appUrl, result.code), 303);
    const response = NextResponse.redirect(callbackUrl, 303);
    setSessionCookie(response, config, await createSession(config, result.user.id, "local"));
    return response;
  },
);
