import pino, { type DestinationStream, type Logger } from "pino";
import { requestContext } from "@/lib/request/request-context";
import { scrubSecrets } from "./scrub-secrets";

export interface LoggerOptions {
  level: string;
  /** Where lines go; stdout (synchronously) when absent. */
  destination?: DestinationStream;
}

/**
 * The portal's pino logger: one JSON object per line with level, ISO time, msg (the event name),
 * the current request's id, client address and user id, and the caller's fields, with secrets
 * removed by key and inside values (URLs with credentials, Bearer/SSWS tokens) in one walk of the
 * fields (scrubSecrets): pino's own path-based redact re-evaluated ~150 wildcard paths on every line.
 */
export function createLogger({ level, destination }: LoggerOptions): Logger {
  return pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        log: (fields) => scrubSecrets(fields) as Record<string, unknown>,
      },
      mixin() {
        const context = requestContext();
        if (!context) return {};
        return { requestId: context.requestId ?? undefined, ip: context.ip ?? undefined, userId: context.userId };
      },
    },
    // Synchronous writes to stdout: no worker thread (which Next's bundles cannot load) and no line lost at exit.
    destination ?? pino.destination({ dest: 1, sync: true }),
  );
}
