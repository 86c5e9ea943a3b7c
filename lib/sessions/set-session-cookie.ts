import type { NextResponse } from "next/server";
import type { Config } from "@/lib/config/parse-config";
import { sessionCookieName } from "./session-cookie-name";

/** The same cookie next-auth sets for SSO sessions: HttpOnly, SameSite=Lax, Secure over https. */
export function setSessionCookie(response: NextResponse, config: Config, session: { sessionToken: string; expires: Date }): void {
  response.cookies.set(sessionCookieName(config.secureCookies), session.sessionToken, {
    httpOnly: true,
    sameSite: "lax",
    secure: config.secureCookies,
    path: "/",
    expires: session.expires,
  });
}
