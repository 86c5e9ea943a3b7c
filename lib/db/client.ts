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
/** The client inside `db.$transaction(async (tx) => …)`. */
export type DbTransaction = Parameters<Parameters<Db["$transaction"]>[0]>[0];

// One client per process; the global survives Next's dev-mode module reloads.
const globalForDb = globalThis as unknown as { portalDb?: Db };

/**
 * The shared client, created on first use: importing this module (as `next build` does while it
 * collects pages) must not need a configured database.
 */
export const db: Db = new Proxy({} as Db, {
  get(_, property) {
    const client = (globalForDb.portalDb ??= createClient());
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
