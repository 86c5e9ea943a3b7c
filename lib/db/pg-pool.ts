import { Pool } from "pg";
import { getConfig } from "@/lib/config/get-config";
import { log } from "@/lib/log/logger";

const globalForPool = globalThis as unknown as { portalPgPool?: Pool };

/**
 * A small pg pool beside Prisma's, for libraries that want a plain pg client (the shared rate-limit
 * store). Created on first use; only valid when DATABASE_URL is PostgreSQL.
 */
export function pgPool(): Pool {
  if (!globalForPool.portalPgPool) {
    const pool = new Pool({ connectionString: getConfig().databaseUrl, max: 4, connectionTimeoutMillis: 5_000 });
    // An idle client dropped by the server (restart, outage) must not crash the process; the next query reconnects.
    pool.on("error", (error) => log.warn("db.pool_client_error", { message: error.message }));
    globalForPool.portalPgPool = pool;
  }
  return globalForPool.portalPgPool;
}
