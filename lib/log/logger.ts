import pino, { type Logger } from "pino";
import { createLogger } from "./create-logger";
import { logLevel } from "./log-level";
import { prettyStream } from "./pretty-stream";

type Fields = Record<string, unknown>;

// One logger per process, even when Next bundles this module into several chunks.
const holder = globalThis as typeof globalThis & { __portalLogger?: Logger };

// Built at the first line, not at import: `npm run dev` sets LOG_LEVEL and NODE_ENV defaults after its imports.
function logger(): Logger {
  holder.__portalLogger ??= createLogger({ level: logLevel(), destination: process.env.NODE_ENV === "development" ? prettyStream() : undefined });
  return holder.__portalLogger;
}

/** For commands whose stdout is their output (token:create prints only the secret): log lines go to stderr. */
export function logToStderr(): void {
  holder.__portalLogger = createLogger({ level: logLevel(), destination: pino.destination({ dest: 2, sync: true }) });
}

/** `log.info("event.name", { fields })`: the event name becomes pino's `msg`, the fields its properties. */
export const log = {
  debug: (event: string, fields: Fields = {}) => logger().debug(fields, event),
  info: (event: string, fields: Fields = {}) => logger().info(fields, event),
  warn: (event: string, fields: Fields = {}) => logger().warn(fields, event),
  error: (event: string, fields: Fields = {}) => logger().error(fields, event),
};
