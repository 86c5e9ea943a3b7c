import Database from "better-sqlite3";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { BackupError } from "./backup-error";
import { sqliteFile } from "./sqlite-file";

/**
 * Copies the live SQLite database to `target` with SQLite's online backup API: a consistent
 * snapshot taken while the portal keeps serving (readers and the writer are never blocked for
 * long; a page changed mid-copy makes SQLite copy it again).
 */
export async function backupSqliteDatabase(databaseUrl: string, target: string): Promise<{ pages: number }> {
  const source = sqliteFile(databaseUrl);
  if (!existsSync(source)) throw new BackupError(`There is no database at ${source}: check DATABASE_URL`);
  const destination = path.resolve(target);
  if (existsSync(destination)) throw new BackupError(`${destination} already exists: choose a new file name, backups never overwrite`);
  mkdirSync(path.dirname(destination), { recursive: true });
  const db = new Database(source, { readonly: true, fileMustExist: true, timeout: 10_000 });
  try {
    const { totalPages } = await db.backup(destination);
    return { pages: totalPages };
  } finally {
    db.close();
  }
}
