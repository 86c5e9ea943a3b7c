import { ZodError } from "zod";
import { getConfig } from "@/lib/config/get-config";
import { DomainError } from "@/lib/errors/domain-error";
import { parseBearer } from "@/lib/http/parse-bearer";
import { route } from "@/lib/http/route";
import { OktaRequestRejected } from "@/lib/okta/okta-request-rejected";
import { processGlobalLogout } from "@/lib/okta/process-global-logout";

export const dynamic = "force-dynamic";

const MAX_JWT_LENGTH = 8 * 1024;
const oauthError = (status: number, error: string, description: string, headers: Record<string, string> = {}) =>
  Response.json({ error, error_description: description }, { status, headers: { "Cache-Control": "no-store", ...headers } });

/**
 * POST /auth/global-token-revocation: Okta's Universal Logout (Global Token Revocation). 204 when
 * the user's sessions and tokens are gone; 401 for a JWT Okta did not sign for this endpoint;
 * 400 for a body without a supported sub_id; 404 for a subject that is not an Okta user here.
 */
export const POST = route(
  { auth: "anyone", rateLimit: { limit: "sso", by: "address" }, errors: "json", maxBodyBytes: 8 * 1024 },
  async ({ request, readText }) => {
    const config = getConfig();
    const okta = config.sso.enabled ? config.sso.okta : null;
    if (!okta) throw new DomainError("not_found", "SSO authentication is disabled");
    let body: unknown = null;
    try {
      body = JSON.parse(await readText());
    } catch (error) {
      // A body that isn't JSON fails the schema after authentication; one over the limit is refused as is.
      if (error instanceof DomainError) throw error;
    }
    try {
      const bearer = parseBearer(request.headers.get("authorization"), MAX_JWT_LENGTH);
      const outcome = await processGlobalLogout(config, okta, bearer === "malformed" ? null : bearer, body);
      if (outcome === "unknown_user") return oauthError(404, "invalid_request", "The subject is not a user of this application");
      return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
    } catch (error) {
      if (error instanceof OktaRequestRejected)
        return oauthError(401, "invalid_client", "The request must carry a valid Okta-signed JWT for this endpoint", {
          "WWW-Authenticate": 'Bearer error="invalid_token"',
        });
      if (error instanceof ZodError)
        return oauthError(
          400,
          "invalid_request",
          'The body must be {"sub_id": {"format": "email", "email": …}} or {"sub_id": {"format": "iss_sub", "iss": …, "sub": …}}',
        );
      throw error;
    }
  },
);
