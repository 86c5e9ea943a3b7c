import { getConfig } from "@/lib/config/get-config";
import { scimJson } from "@/lib/scim/scim-json";
import { SCIM } from "@/lib/scim/scim-schemas";
import { loginErrorUrl } from "@/lib/sso/login-error-url";
import type { ErrorAnswer } from "./error-table";

/** How a route speaks its errors: JSON `{"detail": …}`, an RFC 7644 Error, or back to the login page with a code. */
export type ErrorDialect = "json" | "scim" | "login";

// The login page shows a message per code; it never shows the raw detail.
function loginCode(status: number): string {
  if (status === 429) return "rate_limited";
  if (status === 503) return "unavailable";
  if (status >= 500) return "server_error";
  return "invalid_credentials";
}

/** One error answer in the route's dialect, status and headers (Retry-After, WWW-Authenticate) included. */
export function speakError(dialect: ErrorDialect, answer: ErrorAnswer, extraHeaders: Record<string, string> = {}): Response {
  const headers = { ...answer.headers, ...extraHeaders };
  if (dialect === "scim") {
    const body = { schemas: [SCIM.error], detail: answer.detail, status: String(answer.status), ...(answer.scimType ? { scimType: answer.scimType } : {}) };
    return scimJson(body, answer.status, headers);
  }
  // A refused cross-site post, or an endpoint that is off (SSO disabled), gets its plain status, not the login page.
  if (dialect === "login" && answer.status !== 403 && answer.status !== 404) {
    // A browser form post: 303 so the login page is fetched with GET.
    return new Response(null, { status: 303, headers: { ...headers, location: loginErrorUrl(getConfig().appUrl, loginCode(answer.status)) } });
  }
  return Response.json({ detail: answer.detail }, { status: answer.status, headers });
}
