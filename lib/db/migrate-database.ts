import Database from "better-sqlite3";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { sqliteFile } from "./sqlite-file";

export const MIGRATIONS_TABLE = "_portal_migrations";
const MIGRATIONS_DIR = path.join(/* turbopackIgnore: true */ process.cwd(), "prisma", "migrations", "sqlite");

export interface MigrationResult {
  applied: string[];
  alreadyApplied: number;
}

/**
 * Applies the committed migration SQL that this database has not seen yet.
 * Prisma's migrate engine cannot be downloaded offline, so this runner owns migrations:
 * each file runs once, inside one transaction with its bookkeeping row, and an applied
 * file that was edited afterwards stops the start instead of drifting silently.
 */
export function migrateDatabase(databaseUrl: string, dir = MIGRATIONS_DIR): MigrationResult {
  const file = sqliteFile(databaseUrl);
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, { timeout: 10_000 });
  try {
    // WAL lets readers and the single writer work at once; it is a property of the file.
    db.pragma("journal_mode = WAL");
    db.exec(`CREATE TABLE IF NOT EXISTS "${MIGRATIONS_TABLE}" (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const migrations = readdirSync(dir)
      .filter((name) => name.endsWith(".sql"))
      .sort()
      .map((name) => {
        const sql = readFileSync(path.join(dir, name), "utf8");
        return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
      });

    // IMMEDIATE takes the write lock first, so two instances starting together apply each file once.
    const run = db.transaction(() => {
      const seen = new Map(
        (db.prepare(`SELECT name, checksum FROM "${MIGRATIONS_TABLE}"`).all() as { name: string; checksum: string }[]).map((row) => [row.name, row.checksum]),
      );
      const applied: string[] = [];
      for (const migration of migrations) {
        const checksum = seen.get(migration.name);
        if (checksum === undefined) {
          db.exec(migration.sql);
          db.prepare(`INSERT INTO "${MIGRATIONS_TABLE}" (name, checksum, applied_at) VALUES (?, ?, ?)`).run(migration.name, migration.checksum, new Date().toISOString());
          applied.push(migration.name);
        } else if (checksum !== migration.checksum) {
          throw new Error(`Migration ${migration.name} was changed after it was applied to ${file}; add a new migration file instead of editing it`);
        }
      }
      return { applied, alreadyApplied: seen.size };
    });
    return run.immediate();
  } finally {
    db.close();
  }
}
