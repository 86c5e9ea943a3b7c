import type { RequestContext } from "./request-context";

/**
 * The client's address, user agent and request id as recorded on sessions, audit events and logs.
 * The server process (lib/server/stamp-request.ts) overwrites `x-portal-client-ip` and
 * `x-request-id` on every incoming request, so neither can come from the client; X-Forwarded-For
 * is never read here.
 */
export function describeRequest(headers: Headers): RequestContext {
  return {
    ip: headers.get("x-portal-client-ip") || null,
    userAgent: headers.get("user-agent")?.slice(0, 512) ?? null,
    requestId: headers.get("x-request-id") || null,
  };
}
