import { cookies } from "next/headers";
import { cache } from "react";
import { getConfig } from "@/lib/config/get-config";
import { db } from "@/lib/db/client";
import { hashToken } from "@/lib/tokens/hash-token";
import { sessionCookieName } from "./session-cookie-name";

// lastSeenAt is written at most this often, so browsing doesn't turn every page view into a write.
const TOUCH_INTERVAL_MS = 60_000;

export interface CurrentSession {
  sessionId: string;
  provider: string;
  /** The user is an admin, but SSO_REQUIRE_MFA_FOR_ADMINS withholds the admin view: this Okta sign-in had no MFA. */
  adminWithheld: boolean;
  user: { id: string; email: string; name: string | null; isAdmin: boolean; groups: string[] };
}

/**
 * The signed-in user behind this request's session cookie, or null. Checked against the database
 * on every request, so a revoked session, a deactivated user or an idle/absolute timeout takes
 * effect at once on every instance.
 */
export const getCurrentSession = cache(async (): Promise<CurrentSession | null> => {
  const config = getConfig();
  const token = (await cookies()).get(sessionCookieName(config.secureCookies))?.value;
  if (!token) return null;
  // The row holds the cookie's SHA-256 (see createSession and createAdapter).
  const session = await db.session.findUnique({ where: { sessionToken: hashToken(token) }, include: { user: true } });
  if (!session) return null;

  const now = Date.now();
  const expired =
    session.expires.getTime() <= now ||
    session.createdAt.getTime() + config.sessions.maxAgeSeconds * 1000 <= now ||
    session.lastSeenAt.getTime() + config.sessions.idleTimeoutSeconds * 1000 <= now;
  if (expired || !session.user.isActive) {
    await db.session.deleteMany({ where: { id: session.id } });
    return null;
  }
  if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.session.updateMany({ where: { id: session.id }, data: { lastSeenAt: new Date(now) } });
  }
  const { user } = session;
  // The local platform admin (password) is the break-glass account and stays exempt.
  const adminWithheld = user.isAdmin && config.sso.requireMfaForAdmins && session.provider === "okta" && !session.mfa;
  return {
    sessionId: session.id,
    provider: session.provider,
    adminWithheld,
    user: { id: user.id, email: user.email, name: user.name, isAdmin: user.isAdmin && !adminWithheld, groups: JSON.parse(user.oktaGroups) as string[] },
  };
});
