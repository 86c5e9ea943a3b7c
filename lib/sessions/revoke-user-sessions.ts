import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/users/actor";
import { getUserOrThrow } from "@/lib/users/get-user-or-throw";

/** Ends every session of one user; each of their next requests is refused, on every instance. */
export async function revokeUserSessions(userId: string, actor: Actor): Promise<number> {
  const user = await getUserOrThrow(userId);
  const { count } = await db.session.deleteMany({ where: { userId } });
  await recordAuditEvent({ type: "session.revoked", outcome: "success", actor, subject: user, details: { all: true, sessionsEnded: count } });
  return count;
}
