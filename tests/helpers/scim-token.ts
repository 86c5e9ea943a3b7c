import { hashToken } from "@/lib/tokens/hash-token";
import type { portalDb } from "./portal-db";

/** Stores a SCIM token the way createApiToken does (hash only) and returns its secret. */
export function insertScimToken(db: ReturnType<typeof portalDb>, name: string, kind = "scim"): { id: string; secret: string } {
  const secret = `mcpscim_test-${name}-${Math.random().toString(36).slice(2)}`;
  const id = `tok-${name}`;
  db.run(`INSERT INTO "ApiToken" (id, name, kind, tokenHash, prefix, createdAt) VALUES (?, ?, ?, ?, ?, ?)`, id, name, kind, hashToken(secret), secret.slice(0, 12), new Date().toISOString());
  return { id, secret };
}
