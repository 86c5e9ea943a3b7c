import type { RequestContext } from "./request-context";

/** The client's address and user agent as recorded on sessions and audit events. */
export function describeRequest(headers: Headers): RequestContext {
  // The last X-Forwarded-For entry is the one the nearest proxy (or Next itself) added; earlier
  // entries come from the client and can be forged, so rate limits never key on them.
  const forwarded = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  return {
    ip: forwarded || headers.get("x-real-ip") || null,
    userAgent: headers.get("user-agent")?.slice(0, 512) ?? null,
  };
}
