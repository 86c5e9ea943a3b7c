import { getConfig } from "@/lib/config/get-config";
import { databaseKind } from "./database-kind";
import { lazyAdapter } from "./lazy-adapter";
import { sqliteFile } from "./sqlite-file";
import { PrismaClient } from "./generated/client";
import { PrismaClient as PrismaClientPg } from "./generated-pg/client";

// Secret columns stay out of every query unless a caller opts in with `omit: { passwordHash: false }`.
const omitSecrets = {
  user: { passwordHash: true },
  apiToken: { tokenHash: true },
} as const;

function createSqliteClient(databaseUrl: string) {
  const adapter = lazyAdapter("sqlite", "@prisma/adapter-better-sqlite3", async () => {
    const { PrismaBetterSqlite3 } = await import("@prisma/adapter-better-sqlite3");
    return new PrismaBetterSqlite3({ url: sqliteFile(databaseUrl), timeout: 10_000 });
  });
  return new PrismaClient({ adapter, omit: omitSecrets });
}

function createClient(): Db {
  const { databaseUrl } = getConfig();
  if (databaseKind(databaseUrl) === "sqlite") return createSqliteClient(databaseUrl);
  // Both clients come from the same schema, so their model APIs are identical; one type serves both.
  const adapter = lazyAdapter("postgres", "@prisma/adapter-pg", async () => {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    return new PrismaPg({ connectionString: databaseUrl });
  });
  return new PrismaClientPg({ adapter, omit: omitSecrets }) as unknown as Db;
}

export type Db = ReturnType<typeof createSqliteClient>;
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
