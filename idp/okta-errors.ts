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

/** node-oidc-provider's error detail (or description) → Okta's error_description for the same case. */
const OKTA_DESCRIPTIONS: Record<string, string> = {
  "invalid secret provided": "The client secret supplied for a confidential client is invalid.",
  "client not found": CLIENT_AUTH_FAILED,
  "authorization code not found": INVALID_CODE,
  "authorization code is expired": INVALID_CODE,
  "authorization code already consumed": INVALID_CODE,
  "authorization code redirect_uri mismatch": "The 'redirect_uri' does not match the redirection URI used in the authorization request.",
  "code_verifier does not match code_challenge": "PKCE verification failed.",
  "redirect_uri did not match any of the client's registered redirect_uris": UNREGISTERED_REDIRECT_URI,
  "post_logout_redirect_uri not registered": UNREGISTERED_LOGOUT_URI,
};

export function oktaDescription(error: { error?: string; error_detail?: string; error_description?: string }): string | undefined {
  const known = OKTA_DESCRIPTIONS[error.error_detail ?? ""] ?? OKTA_DESCRIPTIONS[error.error_description ?? ""];
  // Every other refused client authentication (a bad, reused or misaddressed assertion, the wrong method) gets Okta's generic text.
  return known ?? (error.error === "invalid_client" ? CLIENT_AUTH_FAILED : undefined);
}

/** The body of an Okta management-API error, e.g. E0000007 (not found) or E0000011 (invalid token). */
export function oktaApiError(errorCode: string, errorSummary: string) {
  return { errorCode, errorSummary, errorLink: errorCode, errorId: `oae${randomBytes(12).toString("base64url")}`, errorCauses: [] };
}
