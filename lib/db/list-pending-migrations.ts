import Database from "better-sqlite3";
import { readdirSync } from "node:fs";
import path from "node:path";
import { MIGRATIONS_TABLE } from "./migrate-database";
import { sqliteFile } from "./sqlite-file";

/** Committed migration files this database has not applied (for /ready: an instance must not serve an old schema). */
export function listPendingMigrations(databaseUrl: string): string[] {
  const committed = readdirSync(path.join(/* turbopackIgnore: true */ process.cwd(), "prisma", "migrations", "sqlite")).filter((name) => name.endsWith(".sql"));
  const db = new Database(sqliteFile(databaseUrl), { readonly: true, fileMustExist: true, timeout: 2_000 });
  try {
    const applied = new Set((db.prepare(`SELECT name FROM "${MIGRATIONS_TABLE}"`).all() as { name: string }[]).map((row) => row.name));
    return committed.filter((name) => !applied.has(name)).sort();
  } finally {
    db.close();
  }
}
