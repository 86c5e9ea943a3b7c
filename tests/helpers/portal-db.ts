import Database from "better-sqlite3";
import { Pool } from "pg";
import { databaseKind } from "@/lib/db/database-kind";
import { sqliteFile } from "@/lib/db/sqlite-file";

export interface PortalDb {
  count: (table: string, where?: string, ...params: unknown[]) => Promise<number>;
  one: <T>(sql: string, ...params: unknown[]) => Promise<T | undefined>;
  all: <T>(sql: string, ...params: unknown[]) => Promise<T[]>;
  run: (sql: string, ...params: unknown[]) => Promise<void>;
  close: () => Promise<void>;
}

/**
 * Direct SQL access to a test portal's database, to check exactly which rows a flow left behind.
 * Tests write one SQL for both databases: `?` placeholders, quoted camelCase columns, true/false.
 */
export function portalDb(databaseUrl: string): PortalDb {
  return databaseKind(databaseUrl) === "sqlite" ? sqliteDb(databaseUrl) : postgresqlDb(databaseUrl);
}

function sqliteDb(databaseUrl: string): PortalDb {
  const db = new Database(sqliteFile(databaseUrl), { timeout: 5_000 });
  // better-sqlite3 binds no booleans; SQLite stores them as 0/1.
  const bind = (params: unknown[]) => params.map((param) => (typeof param === "boolean" ? Number(param) : param));
  const all = async <T>(sql: string, ...params: unknown[]) => db.prepare(sql).all(...bind(params)) as T[];
  return {
    count: async (table, where = "1=1", ...params) =>
      (db.prepare(`SELECT count(*) AS n FROM "${table}" WHERE ${where}`).get(...bind(params)) as { n: number }).n,
    one: async (sql, ...params) => (await all(sql, ...params))[0] as never,
    all,
    run: async (sql, ...params) => void db.prepare(sql).run(...bind(params)),
    close: async () => void db.close(),
  };
}

function postgresqlDb(databaseUrl: string): PortalDb {
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  const numbered = (sql: string) => {
    let n = 0;
    return sql.replace(/\?/g, () => `$${++n}`);
  };
  const all = async <T>(sql: string, ...params: unknown[]) => (await pool.query(numbered(sql), params)).rows as T[];
  return {
    // count(*) is a bigint, which pg hands back as a string.
    count: async (table, where = "1=1", ...params) => Number((await all<{ n: string }>(`SELECT count(*) AS n FROM "${table}" WHERE ${where}`, ...params))[0].n),
    one: async (sql, ...params) => (await all(sql, ...params))[0] as never,
    all,
    run: async (sql, ...params) => void (await pool.query(numbered(sql), params)),
    close: () => pool.end(),
  };
}

/** A boolean column as either database returns it (SQLite 0/1, PostgreSQL true/false), as a boolean or null. */
export function flag(value: unknown): boolean | null {
  return value === null || value === undefined ? null : Boolean(value);
}

/** A timestamp as Prisma's SQLite adapter stores it (text, compared as text); PostgreSQL parses the same string. */
export function prismaTime(date = new Date()): string {
  return date.toISOString().replace("Z", "+00:00");
}
