/**
 * Turns what next-auth and openid-client report into one of the login page's error codes,
 * so a person sees what went wrong instead of next-auth's generic "Callback" or "OAuthSignin".
 */
export function classifySsoError(nextAuthCode: string, message = ""): string {
  const text = message.toLowerCase();
  if (text.includes("invalid_client")) return "invalid_client";
  if (/econnrefused|enotfound|etimedout|timeout|socket hang up|fetch failed|econnreset|expected 200 ok|outgoing request timed out/.test(text)) return "issuer_unreachable";
  if (text.includes("unexpected iss") || text.includes("issuer mismatch")) return "issuer_mismatch";
  if (/cookie was missing|checks\.state|state mismatch|state missing|pkce|code_verifier|invalid_grant|checks\.nonce argument is missing/.test(text)) return "state_invalid";
  if (/nonce mismatch|jwt expired|signature|unexpected aud|aud mismatch|iat|azp|id_token|jwt|alg/.test(text)) return "token_invalid";
  if (nextAuthCode === "SIGNIN_OAUTH_ERROR") return "issuer_unreachable";
  return "sso_failed";
}
