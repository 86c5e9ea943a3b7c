import type { RateLimitName } from "@/lib/security/check-rate-limit";
import type { ErrorDialect } from "./speak-error";

/** Who may call a route: anyone, a console session, an API token (or a session), or a SCIM token. */
export type RouteAuth = "anyone" | "session" | "apiTokenOrSession" | "scimToken";

export interface RouteOptions {
  auth: RouteAuth;
  /** For auth by session or API token: "admin" (default) or any signed-in "user". */
  role?: "admin" | "user";
  /** One-minute limit counted per client address, or per authenticated caller (token or user). */
  rateLimit?: { limit: RateLimitName; by: "address" | "caller" };
  /** How failures are answered; a function picks per request (the SSO route serves browsers and JSON calls). */
  errors: ErrorDialect | ((request: Request) => ErrorDialect);
  /** Largest request body `readText()` accepts. */
  maxBodyBytes?: number;
  /** State-changing requests must come from the portal's own pages (login forms, logout). */
  sameOrigin?: boolean;
  /** Audit each operation as a `scim.request` event with the token that made it. */
  auditScimRequests?: boolean;
}

/** The admin API (and CSV exports): API token or session, admin only, limited per caller, JSON errors. */
export const ADMIN_API = {
  auth: "apiTokenOrSession",
  role: "admin",
  rateLimit: { limit: "api", by: "caller" },
  errors: "json",
} as const satisfies RouteOptions;

/** SCIM 2.0 for Okta: SCIM token, RFC 7644 errors, every operation audited. */
export const SCIM_API = { auth: "scimToken", errors: "scim", auditScimRequests: true } as const satisfies RouteOptions;

/** Public, read-only endpoints (health, readiness, OpenAPI, provider list). */
export const PUBLIC = { auth: "anyone", errors: "json" } as const satisfies RouteOptions;
