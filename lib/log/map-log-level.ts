import { envSchema } from "@/lib/config/env-schema";

// The portal's LOG_LEVEL names, as pino calls them.
const PINO_LEVELS = { DEBUG: "debug", INFO: "info", WARNING: "warn", ERROR: "error", CRITICAL: "fatal" } as const;

/**
 * pino's level for LOG_LEVEL, parsed by the same rule as the configuration (WARN means WARNING).
 * Read from the environment rather than getConfig(), so that a script logging before its
 * configuration is loaded neither freezes a half-loaded config nor fails on an unrelated variable;
 * an invalid value falls back to info here and is reported by the configuration check at start.
 */
export function logLevel(raw: string | undefined = process.env.LOG_LEVEL): (typeof PINO_LEVELS)[keyof typeof PINO_LEVELS] {
  const parsed = envSchema.shape.LOG_LEVEL.safeParse(raw);
  return parsed.success ? PINO_LEVELS[parsed.data] : "info";
}
