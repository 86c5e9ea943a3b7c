// What the drivers say when the database can't be reached or is locked, as opposed to a bad query.
const UNAVAILABLE =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|Connection terminated|not currently accepting connections|terminating connection|the database system is (starting up|shutting down)|too many clients|SQLITE_BUSY|database is locked|Can't reach database|Timed out fetching a new connection|Server has closed the connection|connection (is )?closed/i;

/** True when an error means "the database is unavailable right now" (a 503, not a 500): retrying later can succeed. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const { message, code, cause } = current as { message?: string; code?: string; cause?: unknown };
    if (UNAVAILABLE.test(`${code ?? ""} ${message ?? ""}`)) return true;
    current = cause;
  }
  return false;
}
