import Database from "better-sqlite3";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { BackupError } from "./backup-error";
import { MIGRATIONS_TABLE } from "./migrate-database";
import { sqliteFile } from "./sqlite-file";

/**
 * Puts a backup in place of the database DATABASE_URL names, for a stopped portal. The file must be
 * a portal database whose migrations this version knows (an older one is migrated at the next
 * start; a newer one would be served by code that does not know its schema). An existing database
 * is replaced only with `force`, and never while a portal has it open.
 */
export async function restoreSqliteDatabase(
  databaseUrl: string,
  backup: string,
  options: { force: boolean; migrationsDir: string },
): Promise<{ migrations: number }> {
  const source = path.resolve(backup);
  const migrations = checkBackup(source, options.migrationsDir);
  const target = sqliteFile(databaseUrl);
  if (existsSync(target)) {
    if (!options.force) throw new BackupError(`${target} already exists: stop the portal and pass --force to replace it`);
    refuseWhileOpen(target);
  }
  mkdirSync(path.dirname(target), { recursive: true });
  // Copied next to the target and renamed over it, so a failed copy leaves the old database whole.
  const staging = `${target}.restoring`;
  rmSync(staging, { force: true });
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(staging);
  } finally {
    db.close();
  }
  // A write-ahead log left by the old database would be replayed onto the restored one.
  for (const suffix of ["-wal", "-shm"]) rmSync(`${target}${suffix}`, { force: true });
  renameSync(staging, target);
  return { migrations };
}

/** The number of migrations the backup has applied; throws when it is not a restorable portal database. */
function checkBackup(file: string, migrationsDir: string): number {
  if (!existsSync(file)) throw new BackupError(`${file} does not exist`);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma("schema_version");
  } catch {
    throw new BackupError(`${file} is not a SQLite database`);
  }
  try {
    const table = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?").get(MIGRATIONS_TABLE);
    if (!table) throw new BackupError(`${file} is not a portal database (it has no ${MIGRATIONS_TABLE} table)`);
    const known = new Set(readdirSync(migrationsDir).filter((name) => name.endsWith(".sql")));
    const applied = (db.prepare(`SELECT name FROM "${MIGRATIONS_TABLE}" ORDER BY name`).all() as { name: string }[]).map((row) => row.name);
    const unknown = applied.filter((name) => !known.has(name));
    if (unknown.length) throw new BackupError(`${file} comes from a newer portal (migration ${unknown[0]} is unknown here): restore it with that version`);
    const check = db.pragma("quick_check", { simple: true });
    if (check !== "ok") throw new BackupError(`${file} is damaged (SQLite says: ${String(check)})`);
    return applied.length;
  } finally {
    db.close();
  }
}

/** SQLite grants an exclusive lock only when no other connection (a running portal) has the file open. */
function refuseWhileOpen(target: string): void {
  const db = new Database(target, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma("locking_mode = EXCLUSIVE");
    db.exec("BEGIN EXCLUSIVE; COMMIT;");
  } catch {
    throw new BackupError(`${target} is in use: stop the portal before restoring`);
  } finally {
    db.close();
  }
}
