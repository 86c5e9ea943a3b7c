import type { RequestContext } from "./request-context";

/** The client's address and user agent as recorded on sessions and audit events. */
export function describeRequest(headers: Headers): RequestContext {
  // The first X-Forwarded-For hop is the client when a load balancer fronts the portal.
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return {
    ip: forwarded || headers.get("x-real-ip") || null,
    userAgent: headers.get("user-agent")?.slice(0, 512) ?? null,
  };
}
