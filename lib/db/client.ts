import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { getConfig } from "@/lib/config/get-config";
import { sqliteFile } from "./sqlite-file";
import { PrismaClient } from "./generated/client";

// Secret columns stay out of every query unless a caller opts in with `omit: { passwordHash: false }`.
const omitSecrets = {
  user: { passwordHash: true },
  apiToken: { tokenHash: true },
} as const;

function createClient() {
  const adapter = new PrismaBetterSqlite3({ url: sqliteFile(getConfig().databaseUrl), timeout: 10_000 });
  return new PrismaClient({ adapter, omit: omitSecrets });
}

export type Db = ReturnType<typeof createClient>;

// One client per process; the global survives Next's dev-mode module reloads.
const globalForDb = globalThis as unknown as { portalDb?: Db };

export const db: Db = globalForDb.portalDb ?? createClient();
globalForDb.portalDb = db;
