import { z } from "zod";
import { DomainError } from "@/lib/errors/domain-error";
import { parseClientKey } from "@/lib/sso/parse-client-key";

// One zod schema per environment variable. Each message completes the sentence
// "<VARIABLE> must ..." so a failure reads as one line naming the variable.

const TRUE = ["true", "1", "yes", "on"];
const FALSE = ["false", "0", "no", "off"];

function bool(defaultValue: boolean) {
  return z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined || raw.trim() === "") return defaultValue;
      const value = raw.trim().toLowerCase();
      if (TRUE.includes(value)) return true;
      if (FALSE.includes(value)) return false;
      ctx.addIssue({ code: "custom", message: "be true or false" });
      return z.NEVER;
    });
}

function jsonOf<T extends z.ZodType>(schema: T, expected: string, fallback: z.infer<T>) {
  return z
    .string()
    .optional()
    .transform((raw, ctx): z.infer<T> => {
      if (raw === undefined || raw.trim() === "") return fallback;
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        ctx.addIssue({ code: "custom", message: `be ${expected}` });
        return z.NEVER;
      }
      const result = schema.safeParse(parsed);
      if (!result.success) {
        ctx.addIssue({ code: "custom", message: `be ${expected}` });
        return z.NEVER;
      }
      return result.data;
    });
}

function positiveInt(defaultValue: number, expected: string, minimum = 1) {
  return z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined || raw.trim() === "") return defaultValue;
      const value = Number(raw.trim());
      if (Number.isInteger(value) && value >= minimum) return value;
      ctx.addIssue({ code: "custom", message: expected });
      return z.NEVER;
    });
}

const httpUrl = (example: string) =>
  z
    .string()
    .trim()
    .refine((raw) => {
      try {
        const url = new URL(raw);
        return (url.protocol === "http:" || url.protocol === "https:") && !url.search && !url.hash;
      } catch {
        return false;
      }
    }, `be an absolute http(s) URL such as ${example}`)
    .transform((raw) => raw.replace(/\/+$/, ""));

const optionalText = z
  .string()
  .optional()
  .transform((raw) => (raw && raw.trim() !== "" ? raw.trim() : undefined));

const domain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/);

const teamTarget = z.union([
  z.string().trim().min(1),
  z.object({ team_id: z.string().trim().min(1), role: z.enum(["member", "owner"]).default("member") }).strict(),
]);

const LOG_LEVELS = ["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"] as const;
export const CLIENT_AUTH_METHODS = ["client_secret_basic", "client_secret_post", "private_key_jwt"] as const;

export const envSchema = z.object({
  SSO_ENABLED: bool(true),
  SSO_OKTA_ENABLED: bool(true),
  SSO_OKTA_CLIENT_ID: optionalText,
  SSO_OKTA_CLIENT_SECRET: optionalText,
  // How the portal authenticates at Okta's token endpoint; Okta's app has exactly one method at a time.
  SSO_OKTA_CLIENT_AUTH: z
    .string()
    .optional()
    .transform((raw) => raw?.trim() || "client_secret_basic")
    .pipe(z.enum(CLIENT_AUTH_METHODS, { message: `be one of ${CLIENT_AUTH_METHODS.join(", ")}` })),
  SSO_OKTA_PRIVATE_KEY: z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined || raw.trim() === "") return undefined;
      try {
        return parseClientKey(raw);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        ctx.addIssue({ code: "custom", message: error.detail });
        return z.NEVER;
      }
    }),
  SSO_OKTA_ISSUER: httpUrl("https://yourcompany.okta.com or https://yourcompany.okta.com/oauth2/default").optional(),
  SSO_OKTA_SCOPE: z
    .string()
    .optional()
    .transform((raw) => (raw && raw.trim() ? raw.trim().split(/\s+/).join(" ") : "openid profile email"))
    .refine((scope) => scope.split(" ").includes("openid"), 'be a space-separated list that includes "openid", such as "openid profile email groups"'),
  SSO_OKTA_GROUPS_CLAIM: z
    .string()
    .optional()
    .transform((raw) => raw?.trim() || "groups")
    .refine((name) => /^[A-Za-z0-9_.:-]+$/.test(name), "be a claim name such as groups"),
  SSO_AUTO_CREATE_USERS: bool(true),
  SSO_TRUSTED_DOMAINS: jsonOf(z.array(domain), 'a JSON array such as ["yourcompany.com"]', []),
  SSO_PRESERVE_ADMIN_AUTH: bool(true),
  // Directory-mastered Okta users may report email_verified=false; turning this off lets them sign in
  // (never link to an existing account by that email).
  SSO_REQUIRE_VERIFIED_EMAIL: bool(true),
  // An Okta sign-in gets the console's admin view only when Okta reports MFA in amr (a step-up is asked for once).
  SSO_REQUIRE_MFA_FOR_ADMINS: bool(false),
  OKTA_GROUP_MAPPING: jsonOf(
    z.record(z.string().trim().min(1), teamTarget),
    'a JSON object from Okta group name to team id, such as {"MCP Gateway Users": "team-users"}',
    {},
  ),
  OKTA_API_TOKEN: optionalText.pipe(
    z
      .string()
      .regex(/^[\w.~+/=-]+$/, { message: "be an Okta API token (Security → API → Tokens), without spaces or the SSWS prefix" })
      .optional(),
  ),
  // The Authorization header value configured on the Okta event hook (Workflow → Event Hooks).
  OKTA_EVENT_HOOK_SECRET: optionalText.pipe(
    z.string().min(16, { message: "be at least 16 characters (e.g. the output of `openssl rand -base64 32`)" }).optional(),
  ),
  OKTA_SYNC_MAX_WAIT_SECONDS: positiveInt(600, "be a whole number of seconds greater than 0, such as 600"),
  SSO_OKTA_ADMIN_GROUPS: jsonOf(z.array(z.string().trim().min(1)), 'a JSON array of Okta group names such as ["MCP Gateway Admins"]', []),
  LOG_LEVEL: z
    .string()
    .optional()
    .transform((raw) => {
      const level = (raw?.trim() || "INFO").toUpperCase();
      return level === "WARN" ? "WARNING" : level;
    })
    .pipe(z.enum(LOG_LEVELS, { message: `be one of ${LOG_LEVELS.join(", ")}` })),
  PLATFORM_ADMIN_EMAIL: optionalText.pipe(z.email({ message: "be an email address such as admin@yourcompany.com" }).optional()),
  PLATFORM_ADMIN_PASSWORD: optionalText.pipe(
    // The emergency admin's password guards the door of last resort: at least 12 characters.
    z.string().min(12, { message: "be at least 12 characters long" }).optional(),
  ),
  APP_URL: httpUrl("https://portal.yourcompany.com")
    .optional()
    .transform((url) => url ?? "http://localhost:8000")
    .refine((url) => new URL(url).pathname === "/", "be the portal's origin without a path, such as https://portal.yourcompany.com"),
  PORT: positiveInt(8000, "be a port number between 1 and 65535").refine((port) => port <= 65535, "be a port number between 1 and 65535"),
  DATABASE_URL: z
    .string()
    .optional()
    .transform((raw) => raw?.trim() || "file:./data/portal.db")
    .refine(
      // Any postgresql:// URL passes here; a wrong one fails at connect, without echoing its password.
      (url) => (url.startsWith("file:") && url.length > 5) || /^postgres(ql)?:\/\/\S+$/.test(url),
      "be a SQLite file URL such as file:./data/portal.db or a PostgreSQL URL such as postgresql://user:password@host:5432/portal",
    ),
  // Defaults for an admin console per OWASP ASVS L2: 30 minutes idle, 12 hours at most.
  SESSION_IDLE_TIMEOUT_MINUTES: positiveInt(30, "be a whole number of minutes greater than 0, such as 30"),
  SESSION_MAX_AGE_HOURS: positiveInt(12, "be a whole number of hours greater than 0, such as 12"),
  LOGIN_LOCKOUT_THRESHOLD: positiveInt(5, "be a whole number of failed attempts greater than 0, such as 5"),
  LOGIN_LOCKOUT_MINUTES: positiveInt(15, "be a whole number of minutes greater than 0, such as 15"),
  RATE_LIMIT_LOGIN_PER_MINUTE: positiveInt(30, "be a whole number of requests greater than 0, such as 30"),
  RATE_LIMIT_SSO_PER_MINUTE: positiveInt(300, "be a whole number of requests greater than 0, such as 300"),
  RATE_LIMIT_API_PER_MINUTE: positiveInt(1200, "be a whole number of requests greater than 0, such as 1200"),
  // Proxy hops in front of the portal whose X-Forwarded-For entries are trusted (one load balancer = 1).
  TRUSTED_PROXIES: positiveInt(0, "be a whole number of proxy hops, 0 or more (one load balancer = 1)", 0),
  SHUTDOWN_GRACE_SECONDS: positiveInt(20, "be a whole number of seconds greater than 0, such as 20"),
  METRICS_TOKEN: optionalText.pipe(z.string().min(16, { message: "be at least 16 characters" }).optional()),
  AUDIT_RETENTION_DAYS: positiveInt(365, "be a whole number of days greater than 0, such as 365"),
  NEXTAUTH_SECRET: optionalText.pipe(z.string().min(32, { message: "be at least 32 characters (e.g. the output of `openssl rand -base64 32`)" }).optional()),
});

/** Variables whose values must never be echoed back, not even in an error. */
export const SECRET_VARIABLES = new Set([
  "SSO_OKTA_CLIENT_SECRET",
  "SSO_OKTA_PRIVATE_KEY",
  "PLATFORM_ADMIN_PASSWORD",
  "NEXTAUTH_SECRET",
  "OKTA_API_TOKEN",
  "METRICS_TOKEN",
  "OKTA_EVENT_HOOK_SECRET",
]);

export type Env = z.infer<typeof envSchema>;
