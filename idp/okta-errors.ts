import { randomBytes } from "node:crypto";

// Okta's wording for the errors the development IdP reproduces (see shared reference okta.md §1.4).
export const NOT_ASSIGNED = "User is not assigned to the client application.";
// The Identity Engine sign-in widget's text for a wrong one-time code.
export const INVALID_FACTOR_CODE = "Invalid code. Try again.";
export const TOO_MANY_GROUPS = "The groups claim matched too many groups and must be configured to match fewer groups.";
export const SCOPE_NOT_CONFIGURED = "One or more scopes are not configured for the authorization server resource.";
export const POLICY_FAILED = "Policy evaluation failed for this request, please check the policy configurations.";
export const UNREGISTERED_LOGOUT_URI = "The 'post_logout_redirect_uri' parameter must be a Logout redirect URI in the client app settings.";
// Okta documents id_token_hint as required and answers 400 without it; this wording is ours.
export const LOGOUT_HINT_REQUIRED = "The 'id_token_hint' parameter is required.";
const UNREGISTERED_REDIRECT_URI = "The 'redirect_uri' parameter must be a Login redirect URI in the client app settings";

const INVALID_CODE = "The authorization code is invalid or has expired.";
const CLIENT_AUTH_FAILED = "Client authentication failed. Either the client or the client credentials are invalid.";
// Okta's generic refusal of a scope; a custom server says SCOPE_NOT_CONFIGURED instead.
export const INVALID_SCOPE = "The requested scope is invalid, unknown, malformed, or exceeds the scope granted by the resource owner.";

/** What Okta answers: its error_description, and its error code and HTTP status where they differ from node-oidc-provider's. */
export interface OktaError {
  description: string;
  error?: string;
  status?: number;
  /** Only at this node-oidc-provider route, where the same text means something else elsewhere. */
  route?: string;
}

/** node-oidc-provider's error detail (or description) → Okta's answer in the same case. */
const OKTA_ERRORS: Record<string, OktaError> = {
  "invalid secret provided": { description: "The client secret supplied for a confidential client is invalid." },
  "client not found": { description: CLIENT_AUTH_FAILED },
  "no client authentication mechanism provided": { error: "invalid_client", status: 401, description: "No client credentials found." },
  "authorization code not found": { description: INVALID_CODE },
  "authorization code is expired": { description: INVALID_CODE },
  "authorization code already consumed": { description: INVALID_CODE },
  "authorization code redirect_uri mismatch": { description: "The 'redirect_uri' does not match the redirection URI used in the authorization request." },
  "code_verifier does not match code_challenge": { description: "PKCE verification failed." },
  "code_verifier must be provided": { error: "invalid_request", description: "PKCE code verifier is required by the application." },
  "Authorization Server policy requires PKCE to be used for this request": { description: "PKCE code challenge is required by the application." },
  "not supported value of code_challenge_method": { description: "PKCE code challenge method is not supported. Valid values: [S256]" },
  "End-User authentication is required": { description: "The client specified not to prompt, but the user is not logged in." },
  "redirect_uri did not match any of the client's registered redirect_uris": { description: UNREGISTERED_REDIRECT_URI },
  "post_logout_redirect_uri not registered": { description: UNREGISTERED_LOGOUT_URI },
  "invalid token provided": { description: "The access token is invalid" },
  // At the token endpoint a malformed Authorization header is a failed client authentication (at userinfo, a bad token).
  "invalid authorization header value format": {
    route: "token",
    error: "invalid_client",
    status: 401,
    description: "Found Authentication header but was not valid client credentials.",
  },
};

export function oktaError(error: { error?: string; error_detail?: string; error_description?: string }, route?: string): OktaError | undefined {
  const known = [error.error_detail, error.error_description]
    .map((text) => OKTA_ERRORS[text ?? ""])
    .find((okta) => okta !== undefined && (okta.route === undefined || okta.route === route));
  if (known) return known;
  // Every other refused client authentication (a bad, reused or misaddressed assertion, the wrong method) gets Okta's generic text.
  return error.error === "invalid_client" ? { description: CLIENT_AUTH_FAILED } : undefined;
}

/** The body of an Okta management-API error, e.g. E0000007 (not found) or E0000011 (invalid token). */
export function oktaApiError(errorCode: string, errorSummary: string) {
  return { errorCode, errorSummary, errorLink: errorCode, errorId: `oae${randomBytes(12).toString("base64url")}`, errorCauses: [] };
}
