import Database from "better-sqlite3";

/** Direct SQL access to a test portal's database file, to check exactly which rows a flow left behind. */
export function portalDb(file: string) {
  const db = new Database(file, { timeout: 5_000 });
  return {
    count: (table: string, where = "1=1", ...params: unknown[]) => (db.prepare(`SELECT count(*) AS n FROM "${table}" WHERE ${where}`).get(...params) as { n: number }).n,
    one: <T>(sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) as T | undefined,
    all: <T>(sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as T[],
    run: (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params),
    close: () => db.close(),
  };
}

/** A timestamp as Prisma's SQLite adapter stores it; SQL compares these as text, so the format must match. */
export function prismaTime(date = new Date()): string {
  return date.toISOString().replace("Z", "+00:00");
}
