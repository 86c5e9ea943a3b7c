import { randomBytes } from "node:crypto";
import type { Config } from "@/lib/config/parse-config";
import { db } from "@/lib/db/client";
import { requestContext } from "@/lib/request/request-context";
import { hashToken } from "@/lib/tokens/hash-token";

/**
 * A database session for a password sign-in, the same kind of row SSO sign-ins get through the
 * adapter, so it is listed, revocable and expires the same way. Returns the cookie value; the row
 * holds only its SHA-256, so reading the database yields no live session.
 */
export async function createSession(config: Config, userId: string, provider: "local" | "okta"): Promise<{ sessionToken: string; expires: Date }> {
  const context = requestContext();
  const sessionToken = randomBytes(32).toString("base64url");
  const expires = new Date(Date.now() + config.sessions.maxAgeSeconds * 1000);
  await db.session.create({
    data: { sessionToken: hashToken(sessionToken), userId, expires, provider, ip: context?.ip ?? null, userAgent: context?.userAgent ?? null },
  });
  return { sessionToken, expires };
}
