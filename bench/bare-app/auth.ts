import { PrismaAdapter } from "@auth/prisma-adapter";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { AuthOptions } from "next-auth";
import type { Adapter } from "next-auth/adapters";
import OktaProvider from "next-auth/providers/okta";
import { PrismaClient } from "./generated/prisma/client";

const prisma = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: process.env.DATABASE_FILE! }) });

// The tutorial's configuration: Okta discovered from its issuer, database sessions through Prisma.
export const authOptions: AuthOptions = {
  adapter: PrismaAdapter(prisma) as unknown as Adapter,
  // PKCE because the bundled IdP (like an Okta app with "Require PKCE") insists on it.
  providers: [
    OktaProvider({
      clientId: process.env.OKTA_CLIENT_ID!,
      clientSecret: process.env.OKTA_CLIENT_SECRET!,
      issuer: process.env.OKTA_ISSUER!,
      checks: ["pkce", "state"],
    }),
  ],
  session: { strategy: "database" },
};
