import type { RequestContext } from "./request-context";

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** The client's address and user agent as recorded on sessions and audit events. */
export function describeRequest(headers: Headers): RequestContext {
  // The last X-Forwarded-For entry is the one the nearest proxy (or Next itself) added; earlier
  // entries come from the client and can be forged, so rate limits never key on them.
  const forwarded = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  return {
    ip: forwarded || headers.get("x-real-ip") || null,
    userAgent: headers.get("user-agent")?.slice(0, 512) ?? null,
    // Set by the server process (kept from a trusted proxy or made fresh); anything else is ignored.
    requestId: REQUEST_ID.test(headers.get("x-request-id") ?? "") ? headers.get("x-request-id") : null,
  };
}
