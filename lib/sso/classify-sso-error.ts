export interface SsoErrorClass {
  /** One of the login page's error codes (describeLoginError). */
  code: string;
  /** Okta's own error_description when the failure carried one (shown beside the portal's text). */
  description?: string;
}

// openid-client reports an OAuth error response as "error (error_description)".
const OAUTH_ERROR = /^([a-z_]+) \((.+)\)$/s;

/**
 * Turns what next-auth and openid-client report into one of the login page's error codes,
 * so a person sees what went wrong instead of next-auth's generic "Callback" or "OAuthSignin".
 */
export function classifySsoError(nextAuthCode: string, message = "", clientAuthMethod?: string): SsoErrorClass {
  const text = message.toLowerCase();
  const description = OAUTH_ERROR.exec(message.trim())?.[2];
  // Okta's words are the same for a wrong secret and an unknown key; the fix is not.
  if (text.includes("invalid_client")) return { code: clientAuthMethod === "private_key_jwt" ? "invalid_client_key" : "invalid_client", description };
  // Okta fails the token request with server_error when the groups claim filter matches over 100 groups.
  if (text.includes("too many groups")) return { code: "too_many_groups", description };
  // Discovery of an authorization server the org doesn't have (e.g. /oauth2/default without API Access Management).
  if (/expected 200 ok, got: 404|discovery answered http 404/.test(text)) return { code: "issuer_not_found" };
  if (/econnrefused|enotfound|etimedout|timeout|socket hang up|fetch failed|econnreset|expected 200 ok|outgoing request timed out/.test(text))
    return { code: "issuer_unreachable" };
  if (text.includes("unexpected iss") || text.includes("issuer mismatch")) return { code: "issuer_mismatch" };
  if (/cookie was missing|checks\.state|state mismatch|state missing|pkce|code_verifier|invalid_grant|checks\.nonce argument is missing/.test(text))
    return { code: "state_invalid" };
  if (/nonce mismatch|jwt expired|signature|unexpected aud|aud mismatch|iat|azp|id_token|jwt|alg/.test(text)) return { code: "token_invalid" };
  if (nextAuthCode === "SIGNIN_OAUTH_ERROR") return { code: "issuer_unreachable" };
  return { code: "sso_failed", description };
}
