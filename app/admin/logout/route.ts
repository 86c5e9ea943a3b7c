import { NextResponse } from "next/server";
import { getConfig } from "@/lib/config/get-config";
import { route } from "@/lib/http/route";
import { endSession } from "@/lib/sessions/end-session";
import { getCurrentSession } from "@/lib/sessions/get-current-session";
import { sessionCookieName } from "@/lib/sessions/session-cookie-name";
import { getLogoutUrl } from "@/lib/sso/get-logout-url";

export const dynamic = "force-dynamic";

/** Sign out: delete the database session, then end the Okta session through its logout endpoint. */
export const POST = route({ auth: "anyone", errors: "json", sameOrigin: true }, async () => {
  const config = getConfig();
  const session = await getCurrentSession();
  const { idToken } = session ? await endSession(session.sessionId) : { idToken: null };
  const response = NextResponse.redirect(await getLogoutUrl(config, idToken), 303);
  response.cookies.delete(sessionCookieName(config.secureCookies));
  return response;
});
