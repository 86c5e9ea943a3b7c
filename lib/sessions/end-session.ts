import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";

/**
 * Signs a user out: deletes the session row and returns the user's latest Okta ID token,
 * which the IdP's logout endpoint takes as id_token_hint.
 */
export async function endSession(sessionId: string): Promise<{ idToken: string | null }> {
  const session = await db.session.findUnique({ where: { id: sessionId }, include: { user: true } });
  if (!session) return { idToken: null };
  await db.session.deleteMany({ where: { id: sessionId } });
  await recordAuditEvent({ type: "logout", outcome: "success", actor: session.user, subject: session.user, details: { provider: session.provider } });
  if (session.provider !== "okta") return { idToken: null };
  const account = await db.account.findFirst({ where: { userId: session.userId, provider: "okta" }, select: { id_token: true } });
  return { idToken: account?.id_token ?? null };
}
