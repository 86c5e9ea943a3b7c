import { forbidden, redirect } from "next/navigation";
import { getCurrentSession, type CurrentSession } from "./get-current-session";

/** For pages: the signed-in session, or a redirect to the login page that comes back here. */
export async function requireSession(returnTo: string): Promise<CurrentSession> {
  const session = await getCurrentSession();
  if (!session) redirect(`/admin/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return session;
}

/** For admin pages: a non-admin gets the 403 page. */
export async function requireAdmin(returnTo: string): Promise<CurrentSession> {
  const session = await requireSession(returnTo);
  if (!session.user.isAdmin) forbidden();
  return session;
}
