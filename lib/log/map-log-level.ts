import type { Config } from "@/lib/config/parse-config";

// The portal's LOG_LEVEL names, as pino calls them.
const PINO_LEVELS = { DEBUG: "debug", INFO: "info", WARNING: "warn", ERROR: "error", CRITICAL: "fatal" } as const;

/** pino's name for a configured level (`getConfig().logLevel`, already parsed and checked). */
export function mapLogLevel(level: Config["logLevel"]): (typeof PINO_LEVELS)[keyof typeof PINO_LEVELS] {
  return PINO_LEVELS[level];
}
