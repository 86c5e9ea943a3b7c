import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { databaseKind } from "./database-kind";
import { redactDatabaseUrl } from "./redact-database-url";
import { sqliteFile } from "./sqlite-file";

export const MIGRATIONS_TABLE = "_portal_migrations";
const MIGRATIONS_ROOT = path.join(/* turbopackIgnore: true */ process.cwd(), "prisma", "migrations");
// Any constant shared by every instance: the advisory lock that serialises concurrent starts.
const MIGRATION_LOCK_KEY = 7_305_118;

export interface MigrationResult {
  applied: string[];
  alreadyApplied: number;
}

interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

/**
 * Applies the committed migration SQL that this database has not seen yet, from
 * prisma/migrations/<sqlite|postgresql>. Prisma's migrate engine cannot be downloaded offline, so
 * this runner owns migrations: all pending files run in one transaction with their bookkeeping
 * rows, two instances starting together apply each file once, and an applied file that was edited
 * afterwards stops the start instead of drifting silently.
 */
export async function migrateDatabase(databaseUrl: string, dir?: string): Promise<MigrationResult> {
  const kind = databaseKind(databaseUrl);
  const migrations = readMigrations(dir ?? path.join(MIGRATIONS_ROOT, kind));
  const label = redactDatabaseUrl(databaseUrl);
  return kind === "sqlite" ? migrateSqlite(databaseUrl, migrations, label) : migratePostgresql(databaseUrl, migrations, label);
}

function readMigrations(dir: string): Migration[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".sql"))
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/** The files this database has not seen yet; an applied file whose text changed is an error. */
function pendingMigrations(migrations: Migration[], seen: Map<string, string>, label: string): Migration[] {
  for (const migration of migrations) {
    const checksum = seen.get(migration.name);
    if (checksum !== undefined && checksum !== migration.checksum) {
      throw new Error(`Migration ${migration.name} was changed after it was applied to ${label}; add a new migration file instead of editing it`);
    }
  }
  return migrations.filter((migration) => !seen.has(migration.name));
}

// Synchronous on purpose: better-sqlite3 blocks, so an await inside the transaction would let a
// second runner in this process wait on the lock this one holds.
async function migrateSqlite(databaseUrl: string, migrations: Migration[], label: string): Promise<MigrationResult> {
  const file = sqliteFile(databaseUrl);
  mkdirSync(path.dirname(file), { recursive: true });
  // Each driver is loaded only for its own database.
  const { default: Database } = await import("better-sqlite3");
  const db = new Database(file, { timeout: 10_000 });
  try {
    // WAL lets readers and the single writer work at once; it is a property of the file.
    db.pragma("journal_mode = WAL");
    db.exec(`CREATE TABLE IF NOT EXISTS "${MIGRATIONS_TABLE}" (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const run = db.transaction(() => {
      const rows = db.prepare(`SELECT name, checksum FROM "${MIGRATIONS_TABLE}"`).all() as { name: string; checksum: string }[];
      const pending = pendingMigrations(migrations, new Map(rows.map((row) => [row.name, row.checksum])), label);
      for (const migration of pending) {
        db.exec(migration.sql);
        db.prepare(`INSERT INTO "${MIGRATIONS_TABLE}" (name, checksum, applied_at) VALUES (?, ?, ?)`).run(
          migration.name,
          migration.checksum,
          new Date().toISOString(),
        );
      }
      return { applied: pending.map((migration) => migration.name), alreadyApplied: rows.length };
    });
    // IMMEDIATE takes the write lock first, so two instances starting together apply each file once.
    return run.immediate();
  } finally {
    db.close();
  }
}

async function migratePostgresql(databaseUrl: string, migrations: Migration[], label: string): Promise<MigrationResult> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    try {
      // Held until COMMIT/ROLLBACK: a second instance waits here, then sees the files as applied.
      await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_KEY]);
      await client.query(`CREATE TABLE IF NOT EXISTS "${MIGRATIONS_TABLE}" (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TIMESTAMP(3) NOT NULL)`);
      const { rows } = await client.query<{ name: string; checksum: string }>(`SELECT name, checksum FROM "${MIGRATIONS_TABLE}"`);
      const pending = pendingMigrations(migrations, new Map(rows.map((row) => [row.name, row.checksum])), label);
      for (const migration of pending) {
        await client.query(migration.sql);
        await client.query(`INSERT INTO "${MIGRATIONS_TABLE}" (name, checksum, applied_at) VALUES ($1, $2, $3)`, [
          migration.name,
          migration.checksum,
          new Date(),
        ]);
      }
      await client.query("COMMIT");
      return { applied: pending.map((migration) => migration.name), alreadyApplied: rows.length };
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  } finally {
    await client.end();
  }
}
