import { createHash, timingSafeEqual } from "node:crypto";
import { isIP } from "node:net";

export type MetricsAccess = "allowed" | "unauthenticated" | "forbidden";

const digest = (text: string) => createHash("sha256").update(text).digest();

function isLoopback(ip: string): boolean {
  const address = ip.startsWith("::ffff:") ? ip.slice(7) : ip;
  if (isIP(address) === 4) return address.startsWith("127.");
  return address === "::1";
}

/**
 * Who may scrape /metrics: with METRICS_TOKEN, whoever sends it as a Bearer token (compared in
 * constant time); without it, only the machine itself. `ip` is the client address the server
 * process resolved (describeRequest); an unknown address is never taken for loopback.
 */
export function authorizeMetricsRequest(authorization: string | null, ip: string | null, metricsToken: string | null): MetricsAccess {
  if (metricsToken === null) return ip !== null && isLoopback(ip) ? "allowed" : "forbidden";
  const [scheme, secret, ...rest] = (authorization ?? "").trim().split(/\s+/);
  if (scheme?.toLowerCase() !== "bearer" || !secret || rest.length > 0) return "unauthenticated";
  // Hashing first gives equal lengths, so the comparison reveals nothing about the token's length either.
  return timingSafeEqual(digest(secret), digest(metricsToken)) ? "allowed" : "unauthenticated";
}
