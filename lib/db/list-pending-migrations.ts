import { readdirSync } from "node:fs";
import path from "node:path";
import { db } from "./client";
import { databaseKind } from "./database-kind";
import { MIGRATIONS_TABLE } from "./migrate-database";

/** Committed migration files this database has not applied (for /ready: an instance must not serve an old schema). */
export async function listPendingMigrations(databaseUrl: string): Promise<string[]> {
  const dir = path.join(/* turbopackIgnore: true */ process.cwd(), "prisma", "migrations", databaseKind(databaseUrl));
  const committed = readdirSync(dir).filter((name) => name.endsWith(".sql"));
  // The same SQL on both databases, through the shared client and its pool.
  const rows = await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM "${MIGRATIONS_TABLE}"`);
  const applied = new Set(rows.map((row) => row.name));
  return committed.filter((name) => !applied.has(name)).sort();
}
