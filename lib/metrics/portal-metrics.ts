import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import { log } from "@/lib/log/logger";
import { countPortalState } from "./count-portal-state";

// With the database down the gauges keep their last values: the rest of the scrape still matters then.
async function stateOrNull() {
  try {
    return await countPortalState();
  } catch (error) {
    log.warn("metrics.state_unavailable", { message: (error as Error).message });
    return null;
  }
}

function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  // Seconds; a login or an IdP call above 10 s is a failure, not a latency.
  const buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
  return {
    registry,
    ssoLogins: new Counter({
      name: "portal_sso_logins_total",
      help: "Okta sign-ins that reached the callback, by outcome and refusal reason",
      labelNames: ["outcome", "reason"] as const,
      registers,
    }),
    ssoLoginDuration: new Histogram({
      name: "portal_sso_login_duration_seconds",
      help: "From the Okta callback's arrival to the session (or the refusal)",
      labelNames: ["outcome"] as const,
      buckets,
      registers,
    }),
    idpRequests: new Counter({
      name: "portal_idp_requests_total",
      help: "Requests the portal made to the IdP, by endpoint and HTTP status (error: no answer)",
      labelNames: ["endpoint", "status"] as const,
      registers,
    }),
    idpRequestDuration: new Histogram({
      name: "portal_idp_request_duration_seconds",
      help: "Time until the IdP's response headers arrived",
      labelNames: ["endpoint"] as const,
      buckets,
      registers,
    }),
    scimRequests: new Counter({
      name: "portal_scim_requests_total",
      help: "SCIM requests, by method, resource type and HTTP status",
      labelNames: ["method", "resource", "status"] as const,
      registers,
    }),
    rateLimited: new Counter({
      name: "portal_rate_limited_total",
      help: "Requests refused by a rate limit, by limit",
      labelNames: ["limit"] as const,
      registers,
    }),
    httpRequests: new Counter({
      name: "portal_http_requests_total",
      help: "HTTP requests, by route pattern, method and status",
      labelNames: ["route", "method", "status"] as const,
      registers,
    }),
    httpRequestDuration: new Histogram({
      name: "portal_http_request_duration_seconds",
      help: "HTTP request duration, by route pattern and method",
      labelNames: ["route", "method"] as const,
      buckets,
      registers,
    }),
    sessionsActive: new Gauge({
      name: "portal_sessions_active",
      help: "Unexpired sessions (refreshed at most once a minute)",
      registers,
      async collect() {
        const state = await stateOrNull();
        if (state) this.set(state.sessionsActive);
      },
    }),
    users: new Gauge({
      name: "portal_users",
      help: "Portal users by state (refreshed at most once a minute)",
      labelNames: ["state"] as const,
      registers,
      async collect() {
        const state = await stateOrNull();
        for (const [name, count] of Object.entries(state?.users ?? {})) this.set({ state: name }, count);
      },
    }),
  };
}

type PortalMetrics = ReturnType<typeof createMetrics>;

// Next may load this module once per bundle; the registry and its metrics must exist once per process.
const holder = globalThis as typeof globalThis & { __portalMetrics?: PortalMetrics };

/** The process's Prometheus registry and the portal's metrics in it. */
export function portalMetrics(): PortalMetrics {
  holder.__portalMetrics ??= createMetrics();
  return holder.__portalMetrics;
}
