import { PrismaAdapter } from "@auth/prisma-adapter";
import type { Adapter } from "next-auth/adapters";
import { db } from "@/lib/db/client";
import { requestContext } from "@/lib/request/request-context";

/**
 * The Auth.js Prisma adapter, with sessions that also record where they came from
 * (provider, IP, user agent) for the Sessions page. Typed for @auth/core but compatible with v4.
 */
export function createAdapter(): Adapter {
  const adapter = PrismaAdapter(db as never) as unknown as Adapter;
  return {
    ...adapter,
    async createSession(session) {
      const context = requestContext();
      const created = await db.session.create({
        data: { ...session, provider: "okta", ip: context?.ip ?? null, userAgent: context?.userAgent ?? null },
      });
      return { sessionToken: created.sessionToken, userId: created.userId, expires: created.expires };
    },
  };
}
