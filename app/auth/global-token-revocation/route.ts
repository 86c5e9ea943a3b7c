import type { NextRequest } from "next/server";
import { ZodError } from "zod";
import { getConfig } from "@/lib/config/get-config";
import { OktaRequestRejected } from "@/lib/okta/okta-request-rejected";
import { processGlobalLogout } from "@/lib/okta/process-global-logout";
import { describeRequest } from "@/lib/request/describe-request";
import { runWithRequestContext } from "@/lib/request/request-context";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 8 * 1024;
const oauthError = (status: number, error: string, description: string, headers: Record<string, string> = {}) =>
  Response.json({ error, error_description: description }, { status, headers: { "Cache-Control": "no-store", ...headers } });

/**
 * POST /auth/global-token-revocation: Okta's Universal Logout (Global Token Revocation). 204 when
 * the user's sessions and tokens are gone; 401 for a JWT Okta did not sign for this endpoint;
 * 400 for a body without a supported sub_id; 404 for a subject that is not an Okta user here.
 */
export async function POST(request: NextRequest) {
  const config = getConfig();
  const okta = config.sso.enabled ? config.sso.okta : null;
  if (!okta) return Response.json({ detail: "SSO authentication is disabled" }, { status: 404 });
  return runWithRequestContext(describeRequest(request.headers), async () => {
    const [scheme, token, ...rest] = (request.headers.get("authorization") ?? "").trim().split(/\s+/);
    const bearer = scheme?.toLowerCase() === "bearer" && token && rest.length === 0 ? token : null;
    const text = await request.text();
    let body: unknown = null;
    if (text.length <= MAX_BODY_BYTES) {
      try {
        body = JSON.parse(text);
      } catch {
        // A body that isn't JSON fails the schema below, after authentication.
      }
    }
    try {
      const outcome = await processGlobalLogout(config, okta, bearer, body);
      if (outcome === "unknown_user") return oauthError(404, "invalid_request", "The subject is not a user of this application");
      return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
    } catch (error) {
      if (error instanceof OktaRequestRejected) return oauthError(401, "invalid_client", "The request must carry a valid Okta-signed JWT for this endpoint", { "WWW-Authenticate": 'Bearer error="invalid_token"' });
      if (error instanceof ZodError) return oauthError(400, "invalid_request", 'The body must be {"sub_id": {"format": "email", "email": …}} or {"sub_id": {"format": "iss_sub", "iss": …, "sub": …}}');
      throw error;
    }
  });
}
