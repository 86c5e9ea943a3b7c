import { SCIM_CONTENT_TYPE } from "./scim-schemas";

// The proxy's page headers don't apply to /scim/v2 (see proxy.ts); these are the ones a JSON API needs.
const API_HEADERS = { "cache-control": "no-store", "x-content-type-options": "nosniff" };

/** A SCIM response body as `application/scim+json` (RFC 7644 §3.1). */
export function scimJson(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": SCIM_CONTENT_TYPE, ...API_HEADERS, ...headers } });
}
