import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/users/actor";

/** Revokes a token at once (the next request with it is refused); false when it was unknown or already revoked. */
export async function revokeApiToken(tokenId: string, actor: Actor): Promise<boolean> {
  const { count } = await db.apiToken.updateMany({ where: { id: tokenId, revokedAt: null }, data: { revokedAt: new Date() } });
  if (count === 0) return false;
  const token = await db.apiToken.findUniqueOrThrow({ where: { id: tokenId }, select: { name: true, kind: true, userId: true } });
  await recordAuditEvent({ type: "token.revoked", outcome: "success", actor, subject: { id: token.userId }, details: { tokenId, name: token.name, kind: token.kind } });
  return true;
}
