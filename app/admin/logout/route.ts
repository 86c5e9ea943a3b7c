import { NextResponse } from "next/server";
import { getConfig } from "@/lib/config/get-config";
import { describeRequest } from "@/lib/request/describe-request";
import { isSameOrigin } from "@/lib/request/is-same-origin";
import { runWithRequestContext } from "@/lib/request/request-context";
import { endSession } from "@/lib/sessions/end-session";
import { getCurrentSession } from "@/lib/sessions/get-current-session";
import { sessionCookieName } from "@/lib/sessions/session-cookie-name";
import { getLogoutUrl } from "@/lib/sso/get-logout-url";

export const dynamic = "force-dynamic";

/** Sign out: delete the database session, then end the Okta session through its logout endpoint. */
export async function POST(request: Request) {
  const config = getConfig();
  if (!isSameOrigin(request.headers, config.appUrl)) return Response.json({ detail: "Cross-site sign-out refused" }, { status: 403 });
  return runWithRequestContext(describeRequest(request.headers), async () => {
    const session = await getCurrentSession();
    const { idToken } = session ? await endSession(session.sessionId) : { idToken: null };
    const response = NextResponse.redirect(await getLogoutUrl(config, idToken), 303);
    response.cookies.delete(sessionCookieName(config.secureCookies));
    return response;
  });
}
