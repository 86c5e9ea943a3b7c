import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/users/actor";

/** Ends one session; the next request with its cookie is refused, on every instance. */
export async function revokeSession(sessionId: string, actor: Actor): Promise<boolean> {
  const session = await db.session.findUnique({ where: { id: sessionId }, include: { user: { select: { id: true, email: true } } } });
  if (!session) return false;
  await db.session.deleteMany({ where: { id: sessionId } });
  await recordAuditEvent({ type: "session.revoked", outcome: "success", actor, subject: session.user, details: { sessionId, provider: session.provider } });
  return true;
}
