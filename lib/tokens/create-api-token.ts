import { randomBytes } from "node:crypto";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { hashToken } from "./hash-token";

export interface CreateApiTokenInput {
  name: string;
  kind: "api" | "scim";
  /** The admin the token acts as (API tokens); SCIM tokens belong to no user. */
  userId: string | null;
  expiresInDays: number | null;
  actor: { id?: string | null; email?: string | null } | null;
}

/** Creates a token; the secret is returned this once and only its hash is stored. */
export async function createApiToken(input: CreateApiTokenInput) {
  const secret = `${input.kind === "scim" ? "mcpscim" : "mcpp"}_${randomBytes(32).toString("base64url")}`;
  const token = await db.apiToken.create({
    data: {
      name: input.name,
      kind: input.kind,
      userId: input.userId,
      tokenHash: hashToken(secret),
      prefix: secret.slice(0, 12),
      expiresAt: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null,
    },
  });
  await recordAuditEvent({
    type: "token.created",
    outcome: "success",
    actor: input.actor,
    subject: { id: input.userId },
    details: { tokenId: token.id, name: token.name, kind: token.kind, expiresAt: token.expiresAt },
  });
  return { secret, token };
}
