import type { Pool } from "pg";
import { getConfig } from "@/lib/config/get-config";
import { log } from "@/lib/log/logger";

const globalForPool = globalThis as unknown as { portalPgPool?: Promise<Pool> };

/**
 * A small pg pool beside Prisma's, for libraries that want a plain pg client (the shared rate-limit
 * store). Created on first use, with pg loaded then (a SQLite process never loads it); only valid
 * when DATABASE_URL is PostgreSQL.
 */
export function pgPool(): Promise<Pool> {
  return (globalForPool.portalPgPool ??= import("pg").then(({ default: pg }) => {
    const pool = new pg.Pool({ connectionString: getConfig().databaseUrl, max: 4, connectionTimeoutMillis: 5_000 });
    // An idle client dropped by the server (restart, outage) must not crash the process; the next query reconnects.
    pool.on("error", (error) => log.warn("db.pool_client_error", { message: error.message }));
    return pool;
  }));
}
