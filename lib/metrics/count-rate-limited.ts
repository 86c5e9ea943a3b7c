import { portalMetrics } from "./portal-metrics";

/** Counts a request that the named rate limit (login, sso, api, tokenFailure) refused. */
export function countRateLimited(limit: string): void {
  portalMetrics().rateLimited.inc({ limit });
}
