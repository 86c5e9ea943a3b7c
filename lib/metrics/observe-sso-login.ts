import { portalMetrics } from "./portal-metrics";

// The login page's error codes and OAuth's: anything else an attacker puts in ?error= counts as "other".
const KNOWN_REASONS = new Set([
  "access_denied",
  "invalid_client",
  "invalid_client_key",
  "issuer_unreachable",
  "issuer_mismatch",
  "token_invalid",
  "state_invalid",
  "untrusted_domain",
  "not_provisioned",
  "deactivated",
  "email_unverified",
  "rate_limited",
  "sso_failed",
  "server_error",
  "temporarily_unavailable",
  "login_required",
  "consent_required",
  "interaction_required",
  "invalid_request",
  "invalid_scope",
  "unauthorized_client",
]);
const CALLBACK = /^\/auth\/sso\/callback\//;
// Where next-auth and the portal send a refused sign-in (with ?error=<code>).
const LOGIN_ERROR_PAGE = /^\/(admin\/login|auth\/sso\/error)$/;

/**
 * Wraps an /auth/sso/* handler: for the Okta callback, counts the sign-in by outcome and reason
 * (portal_sso_logins_total) and times it from the callback's arrival to the session or refusal
 * (portal_sso_login_duration_seconds). The reason is the error code the portal redirects to.
 */
export async function observeSsoLogin(request: Request, handle: () => Promise<Response>): Promise<Response> {
  if (!CALLBACK.test(new URL(request.url).pathname)) return handle();
  const startedAt = performance.now();
  let response: Response | undefined;
  try {
    response = await handle();
    return response;
  } finally {
    const { outcome, reason } = outcomeOf(response);
    const metrics = portalMetrics();
    metrics.ssoLogins.inc({ outcome, reason });
    metrics.ssoLoginDuration.observe({ outcome }, (performance.now() - startedAt) / 1000);
  }
}

function outcomeOf(response: Response | undefined): { outcome: "success" | "failure"; reason: string } {
  const location = response?.headers.get("location");
  if (!response || !location || response.status >= 400) return { outcome: "failure", reason: "internal_error" };
  const url = new URL(location, "http://portal.invalid");
  const error = url.searchParams.get("error");
  if (!LOGIN_ERROR_PAGE.test(url.pathname) || error === null) return { outcome: "success", reason: "" };
  return { outcome: "failure", reason: KNOWN_REASONS.has(error) ? error : "other" };
}
