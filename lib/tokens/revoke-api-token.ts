import { DomainError } from "@/lib/errors/domain-error";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/users/actor";

/** Revokes a token: authenticateToken refuses it from the next request on. The row stays, for the record. */
export async function revokeApiToken(tokenId: string, actor: Actor) {
  const token = await db.apiToken.findUnique({ where: { id: tokenId }, include: { user: { select: { id: true, email: true } } } });
  if (!token) throw new DomainError("not_found", `No token with the id '${tokenId.slice(0, 64)}'`);
  // Conditional on revokedAt so two admins revoking at once record one revocation.
  const { count } = await db.apiToken.updateMany({ where: { id: tokenId, revokedAt: null }, data: { revokedAt: new Date() } });
  if (count === 0) throw new DomainError("conflict", `The token "${token.name}" is already revoked`);
  await recordAuditEvent({ type: "token.revoked", outcome: "success", actor, subject: token.user, details: { tokenId, name: token.name, kind: token.kind } });
  return token;
}
