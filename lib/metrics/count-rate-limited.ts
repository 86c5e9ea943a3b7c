import { portalMetrics } from "./portal-metrics";

/** Counts a request a rate limit refused; `key` is the limiter's key, whose prefix (`api:`, `sso:`, `login:`) names the limit. */
export function countRateLimited(key: string): void {
  portalMetrics().rateLimited.inc({ limit: key.split(":")[0] || "other" });
}
