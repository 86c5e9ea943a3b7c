import pino, { type DestinationStream, type Logger } from "pino";
import { requestContext } from "@/lib/request/request-context";
import { scrubSecrets } from "./scrub-secrets";

// Keys whose values are secrets wherever they appear (top level or nested up to three levels).
const SECRET_KEYS = [
  "password",
  "passwordHash",
  "newPassword",
  "currentPassword",
  "secret",
  "clientSecret",
  "client_secret",
  "token",
  "accessToken",
  "access_token",
  "refreshToken",
  "refresh_token",
  "idToken",
  "id_token",
  "sessionToken",
  "apiToken",
  "code_verifier",
  "codeVerifier",
  "authorization",
  "Authorization",
  "cookie",
  "Cookie",
  "set-cookie",
  "Set-Cookie",
  "databaseUrl",
  "DATABASE_URL",
  "NEXTAUTH_SECRET",
  "SSO_OKTA_CLIENT_SECRET",
  "SSO_OKTA_PRIVATE_KEY",
  "privateJwk",
  "OKTA_API_TOKEN",
  "METRICS_TOKEN",
  "PLATFORM_ADMIN_PASSWORD",
];
const DEPTHS = ["", "*", "*.*", "*.*.*"];
const REDACT_PATHS = DEPTHS.flatMap((prefix) =>
  SECRET_KEYS.map((key) => {
    const segment = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `["${key}"]`;
    return !prefix ? segment : segment.startsWith("[") ? `${prefix}${segment}` : `${prefix}.${segment}`;
  }),
);

export interface LoggerOptions {
  level: string;
  /** Where lines go; stdout (synchronously) when absent. */
  destination?: DestinationStream;
}

/**
 * The portal's pino logger: one JSON object per line with level, ISO time, msg (the event name),
 * the current request's id, client address and user id, and the caller's fields, with secrets
 * removed by key (`redact`) and inside values (URLs with credentials, Bearer/SSWS tokens).
 */
export function createLogger({ level, destination }: LoggerOptions): Logger {
  return pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT_PATHS, censor: "[Redacted]" },
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
