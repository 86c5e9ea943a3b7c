import { SCIM_CONTENT_TYPE } from "./scim-schemas";

/** A SCIM response body as `application/scim+json` (RFC 7644 §3.1). */
export function scimJson(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": SCIM_CONTENT_TYPE, ...headers } });
}
