import pino, { type Logger } from "pino";
import { getConfig } from "@/lib/config/get-config";
import { createLogger } from "./create-logger";
import { mapLogLevel } from "./map-log-level";
import { prettyStream } from "./pretty-stream";

type Fields = Record<string, unknown>;

// One logger per process, even when Next bundles this module into several chunks.
const holder = globalThis as typeof globalThis & { __portalLogger?: Logger; __portalLogToStderr?: boolean };

// Built at the first line, not at import: scripts load .env and their defaults first, and getConfig()
// caches what it reads. Nothing logs before the configuration is checked; a configuration error is
// reported by its checker (prepareInstance, sso:doctor, db:backup) on stderr, not through here.
function logger(): Logger {
  holder.__portalLogger ??= createLogger({
    level: mapLogLevel(getConfig().logLevel),
    // NODE_ENV is not configuration: scripts/dev.ts and scripts/start.ts set it for Next.
    destination: holder.__portalLogToStderr ? pino.destination({ dest: 2, sync: true }) : process.env.NODE_ENV === "development" ? prettyStream() : undefined,
  });
  return holder.__portalLogger;
}

/** For commands whose stdout is their output (token:create prints only the secret): log lines go to stderr. */
export function logToStderr(): void {
  holder.__portalLogToStderr = true;
  holder.__portalLogger = undefined;
}

/** `log.info("event.name", { fields })`: the event name becomes pino's `msg`, the fields its properties. */
export const log = {
  debug: (event: string, fields: Fields = {}) => logger().debug(fields, event),
  info: (event: string, fields: Fields = {}) => logger().info(fields, event),
  warn: (event: string, fields: Fields = {}) => logger().warn(fields, event),
  error: (event: string, fields: Fields = {}) => logger().error(fields, event),
};
