import { db } from "@/lib/db/client";

/** Every SCIM token, newest first, revoked ones included so admins see what was retired (never the hash). */
export async function listScimTokens() {
  return db.apiToken.findMany({
    where: { kind: "scim" },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, expiresAt: true, revokedAt: true },
  });
}
