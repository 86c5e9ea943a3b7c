// `npm run db:backup -- <file>`: a consistent copy of the SQLite database while the portal serves.
// `npm run db:restore -- <file> [--force]`: puts such a copy in place for a stopped portal.
// On PostgreSQL both point to pg_dump / pg_restore, which do this job properly there.
import { loadEnvConfig } from "@next/env";
import path from "node:path";
import { parseArgs } from "node:util";
import { ConfigError } from "@/lib/config/config-error";
import { getConfig } from "@/lib/config/get-config";
import { backupSqliteDatabase } from "@/lib/db/backup-sqlite-database";
import { BackupError } from "@/lib/db/backup-error";
import { databaseKind } from "@/lib/db/database-kind";
import { restoreSqliteDatabase } from "@/lib/db/restore-sqlite-database";
import { sqliteFile } from "@/lib/db/sqlite-file";

const USAGE = "Usage: npm run db:backup -- <file>\n       npm run db:restore -- <file> [--force]";
const POSTGRESQL =
  'DATABASE_URL points at PostgreSQL: back it up with `pg_dump --format=custom --file=portal.dump "$DATABASE_URL"` and restore with `pg_restore --clean --if-exists --dbname="$DATABASE_URL" portal.dump` (see README, Operations).';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function main() {
  const command = process.argv[2];
  let parsed;
  try {
    parsed = parseArgs({ args: process.argv.slice(3), allowPositionals: true, options: { force: { type: "boolean", default: false } } });
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  const file = parsed.positionals[0];
  if ((command !== "backup" && command !== "restore") || !file || parsed.positionals.length > 1) fail(USAGE);
  if (command === "backup" && parsed.values.force) fail(`--force is for restores only: backups never overwrite.\n${USAGE}`);

  loadEnvConfig(process.cwd());
  let databaseUrl: string;
  try {
    databaseUrl = getConfig().databaseUrl;
  } catch (error) {
    if (error instanceof ConfigError) fail(`Configuration error: ${error.message}`);
    throw error;
  }
  if (databaseKind(databaseUrl) === "postgresql") fail(POSTGRESQL);

  try {
    if (command === "backup") {
      const { pages } = await backupSqliteDatabase(databaseUrl, file);
      console.log(`Backed up ${sqliteFile(databaseUrl)} to ${path.resolve(file)} (${pages} pages).`);
    } else {
      const migrationsDir = path.join(process.cwd(), "prisma", "migrations", "sqlite");
      const { migrations } = await restoreSqliteDatabase(databaseUrl, file, { force: parsed.values.force ?? false, migrationsDir });
      console.log(`Restored ${path.resolve(file)} to ${sqliteFile(databaseUrl)} (${migrations} migrations applied; newer ones run at the next start).`);
    }
  } catch (error) {
    if (error instanceof BackupError) fail(`${command === "backup" ? "Backup" : "Restore"} refused: ${error.message}`);
    fail(`${command === "backup" ? "Backup" : "Restore"} failed: ${(error as Error).message}`);
  }
}

void main();
