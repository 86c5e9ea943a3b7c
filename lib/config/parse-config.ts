import { ConfigError } from "./config-error";
import type { ClientKey } from "@/lib/sso/parse-client-key";
import { envSchema, SECRET_VARIABLES, type Env } from "./env-schema";
import { normalizeEmail } from "@/lib/users/normalize-email";

/** How the portal authenticates as the OIDC client at the token endpoint (SSO_OKTA_CLIENT_AUTH). */
export type ClientAuth = { method: "client_secret_basic" | "client_secret_post"; secret: string } | { method: "private_key_jwt"; key: ClientKey };

export interface OktaConfig {
  clientId: string;
  clientAuth: ClientAuth;
  issuer: string;
  scope: string;
  groupsClaim: string;
}

export interface TeamMapping {
  /** The Okta group name as written in OKTA_GROUP_MAPPING (names a team created from it). */
  group: string;
  teamId: string;
  role: "member" | "owner";
}

export interface Config {
  appUrl: string;
  port: number;
  databaseUrl: string;
  logLevel: Env["LOG_LEVEL"];
  /** Session secret from NEXTAUTH_SECRET; when absent one is generated and kept in the database. */
  secret?: string;
  secureCookies: boolean;
  sessions: { idleTimeoutSeconds: number; maxAgeSeconds: number };
  /** Requests per minute per client IP (login, SSO) or per token/session (API). */
  rateLimits: { login: number; sso: number; api: number };
  /** Proxy hops whose X-Forwarded-For entries are trusted; 0 means the socket address is the client. */
  trustedProxies: number;
  /** How long in-flight requests may finish after SIGTERM. */
  shutdownGraceSeconds: number;
  /** Bearer token for GET /metrics; null means loopback only. */
  metricsToken: string | null;
  /** Audit events older than this many days are pruned at start and by `npm run audit:prune`. */
  auditRetentionDays: number;
  /** Password sign-in lockout: this many failures lock the account for lockoutSeconds. */
  passwordLogin: { allowed: boolean; lockoutThreshold: number; lockoutSeconds: number };
  sso: {
    enabled: boolean;
    /** Null when SSO or the Okta provider is disabled. */
    okta: OktaConfig | null;
    autoCreateUsers: boolean;
    trustedDomains: string[];
    preserveAdminAuth: boolean;
    /** Refuse an Okta sign-in whose email_verified is false (SSO_REQUIRE_VERIFIED_EMAIL). */
    requireVerifiedEmail: boolean;
    /** SSO_REQUIRE_MFA_FOR_ADMINS: an Okta session without MFA in amr gets no admin view. */
    requireMfaForAdmins: boolean;
    /** Keyed by lower-cased Okta group name: group matching is case-insensitive. */
    groupMapping: Record<string, TeamMapping>;
    adminGroups: string[];
  };
  platformAdmin: { email: string; password: string } | null;
  /** Okta's management API for directory sync (OKTA_API_TOKEN); null when the token is unset. */
  oktaApi: { baseUrl: string; token: string; maxWaitSeconds: number } | null;
  /** The secret Okta's event hook sends in its Authorization header; null turns /hooks/okta off. */
  oktaEventHookSecret: string | null;
}

function describe(variable: string, raw: string | undefined): string {
  if (raw === undefined) return "it is not set";
  if (SECRET_VARIABLES.has(variable)) return "the value is hidden";
  const shown = raw.length > 80 ? `${raw.slice(0, 80)}…` : raw;
  return `got ${JSON.stringify(shown)}`;
}

function required<T>(value: T | undefined, variable: string, why: string): T {
  if (value === undefined) throw new ConfigError(variable, `${variable} is required ${why}`);
  return value;
}

/** Parses the environment into the portal's configuration, or throws one ConfigError line. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0];
    const variable = String(issue.path[0]);
    const expected = issue.message.startsWith("be ") ? issue.message : "be valid";
    throw new ConfigError(variable, `${variable} must ${expected} (${describe(variable, env[variable])})`);
  }
  const e = result.data;

  let okta: OktaConfig | null = null;
  if (e.SSO_ENABLED && e.SSO_OKTA_ENABLED) {
    const why = "when SSO_OKTA_ENABLED=true";
    okta = {
      clientId: required(e.SSO_OKTA_CLIENT_ID, "SSO_OKTA_CLIENT_ID", `${why}: set it to the Client ID of your Okta OIDC app`),
      clientAuth:
        e.SSO_OKTA_CLIENT_AUTH === "private_key_jwt"
          ? {
              method: e.SSO_OKTA_CLIENT_AUTH,
              key: required(
                e.SSO_OKTA_PRIVATE_KEY,
                "SSO_OKTA_PRIVATE_KEY",
                "when SSO_OKTA_CLIENT_AUTH=private_key_jwt: set it to the private key printed by `npm run sso:keygen` (PEM or JWK)",
              ),
            }
          : {
              method: e.SSO_OKTA_CLIENT_AUTH,
              secret: required(
                e.SSO_OKTA_CLIENT_SECRET,
                "SSO_OKTA_CLIENT_SECRET",
                `${why}: set it to the Client secret of your Okta OIDC app (or use SSO_OKTA_CLIENT_AUTH=private_key_jwt with SSO_OKTA_PRIVATE_KEY)`,
              ),
            },
      issuer: required(e.SSO_OKTA_ISSUER, "SSO_OKTA_ISSUER", `${why}: set it to https://yourcompany.okta.com or https://yourcompany.okta.com/oauth2/default`),
      scope: e.SSO_OKTA_SCOPE,
      groupsClaim: e.SSO_OKTA_GROUPS_CLAIM,
    };
  }

  if (e.PLATFORM_ADMIN_PASSWORD && !e.PLATFORM_ADMIN_EMAIL) {
    throw new ConfigError(
      "PLATFORM_ADMIN_EMAIL",
      "PLATFORM_ADMIN_EMAIL is required when PLATFORM_ADMIN_PASSWORD is set: set it to the bootstrap admin's email address",
    );
  }

  if (e.OKTA_API_TOKEN && !e.SSO_OKTA_ISSUER) {
    throw new ConfigError(
      "SSO_OKTA_ISSUER",
      "SSO_OKTA_ISSUER is required when OKTA_API_TOKEN is set: directory sync calls the Okta API at the issuer's origin",
    );
  }

  const groupMapping: Record<string, TeamMapping> = {};
  for (const [group, target] of Object.entries(e.OKTA_GROUP_MAPPING)) {
    groupMapping[group.toLowerCase()] =
      typeof target === "string" ? { group, teamId: target, role: "member" } : { group, teamId: target.team_id, role: target.role };
  }

  return {
    appUrl: e.APP_URL,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    secret: e.NEXTAUTH_SECRET,
    secureCookies: e.APP_URL.startsWith("https:"),
    // SSO_PRESERVE_ADMIN_AUTH only matters while SSO is on: with SSO off, the password is the way in.
    passwordLogin: {
      allowed: !e.SSO_ENABLED || e.SSO_PRESERVE_ADMIN_AUTH,
      lockoutThreshold: e.LOGIN_LOCKOUT_THRESHOLD,
      lockoutSeconds: e.LOGIN_LOCKOUT_MINUTES * 60,
    },
    rateLimits: { login: e.RATE_LIMIT_LOGIN_PER_MINUTE, sso: e.RATE_LIMIT_SSO_PER_MINUTE, api: e.RATE_LIMIT_API_PER_MINUTE },
    sessions: { idleTimeoutSeconds: e.SESSION_IDLE_TIMEOUT_MINUTES * 60, maxAgeSeconds: e.SESSION_MAX_AGE_HOURS * 3600 },
    auditRetentionDays: e.AUDIT_RETENTION_DAYS,
    trustedProxies: e.TRUSTED_PROXIES,
    shutdownGraceSeconds: e.SHUTDOWN_GRACE_SECONDS,
    metricsToken: e.METRICS_TOKEN ?? null,
    sso: {
      enabled: e.SSO_ENABLED,
      okta,
      autoCreateUsers: e.SSO_AUTO_CREATE_USERS,
      trustedDomains: e.SSO_TRUSTED_DOMAINS,
      preserveAdminAuth: e.SSO_PRESERVE_ADMIN_AUTH,
      requireVerifiedEmail: e.SSO_REQUIRE_VERIFIED_EMAIL,
      requireMfaForAdmins: e.SSO_REQUIRE_MFA_FOR_ADMINS,
      groupMapping,
      adminGroups: e.SSO_OKTA_ADMIN_GROUPS.map((group) => group.toLowerCase()),
    },
    platformAdmin:
      e.PLATFORM_ADMIN_EMAIL && e.PLATFORM_ADMIN_PASSWORD ? { email: normalizeEmail(e.PLATFORM_ADMIN_EMAIL), password: e.PLATFORM_ADMIN_PASSWORD } : null,
    // The management API lives at the org's origin for both org and custom authorization servers.
    oktaApi:
      e.OKTA_API_TOKEN && e.SSO_OKTA_ISSUER
        ? { baseUrl: new URL(e.SSO_OKTA_ISSUER).origin, token: e.OKTA_API_TOKEN, maxWaitSeconds: e.OKTA_SYNC_MAX_WAIT_SECONDS }
        : null,
    oktaEventHookSecret: e.OKTA_EVENT_HOOK_SECRET ?? null,
  };
}
