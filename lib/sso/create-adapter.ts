import { PrismaAdapter } from "@auth/prisma-adapter";
import type { Adapter } from "next-auth/adapters";
import { db } from "@/lib/db/client";
import { requestContext } from "@/lib/request/request-context";
import { hashToken } from "@/lib/tokens/hash-token";

/**
 * The Auth.js Prisma adapter, with sessions that also record where they came from
 * (provider, IP, user agent) for the Sessions page, and whose rows hold only the SHA-256 of the
 * cookie's token: next-auth keeps handling the token itself, the database never sees it.
 * Who an Okta sign-in becomes is decided by admitSsoUser alone: next-auth's account lookups are
 * answered from that decision (no query), and it may never create or link users itself.
 * Typed for @auth/core but compatible with v4.
 */
export function createAdapter(): Adapter {
  const adapter = PrismaAdapter(db as never) as unknown as Adapter;
  return {
    ...adapter,
    // next-auth asks before the signIn callback (null: not admitted yet) and after it (the admitted user).
    async getUserByAccount({ provider, providerAccountId }) {
      const admitted = requestContext()?.admittedSsoUser;
      if (provider !== "okta" || admitted?.sub !== providerAccountId) return null;
      return { id: admitted.id, email: admitted.email, name: admitted.name, emailVerified: null };
    },
    createUser: refuseProvisioning,
    linkAccount: refuseProvisioning,
    async createSession({ sessionToken, userId, expires }) {
      const context = requestContext();
      await db.session.create({
        data: {
          sessionToken: hashToken(sessionToken),
          userId,
          expires,
          provider: "okta",
          mfa: context?.admittedSsoUser?.mfa ?? false,
          ip: context?.ip ?? null,
          userAgent: context?.userAgent ?? null,
        },
      });
      return { sessionToken, userId, expires };
    },
    async getSessionAndUser(sessionToken) {
      const found = await db.session.findUnique({ where: { sessionToken: hashToken(sessionToken) }, include: { user: true } });
      if (!found) return null;
      const { user, userId, expires } = found;
      return { user: user as never, session: { sessionToken, userId, expires } };
    },
    async updateSession({ sessionToken, expires }) {
      const { count } = await db.session.updateMany({ where: { sessionToken: hashToken(sessionToken) }, data: expires ? { expires } : {} });
      if (!count) return null;
      const { userId, expires: current } = await db.session.findUniqueOrThrow({ where: { sessionToken: hashToken(sessionToken) } });
      return { sessionToken, userId, expires: current };
    },
    async deleteSession(sessionToken) {
      await db.session.deleteMany({ where: { sessionToken: hashToken(sessionToken) } });
    },
  };
}

// Reached only if a signIn callback admitted nobody, which must never turn into a user of next-auth's making.
function refuseProvisioning(): never {
  throw new Error("SSO users are provisioned by the portal's sign-in policy, not by next-auth");
}
