import type { Config } from "@/lib/config/parse-config";
import { sealValue } from "@/lib/sessions/seal-value";

export const LOGIN_DETAIL_COOKIE = "portal-login-detail";
export const LOGIN_DETAIL_PURPOSE = "login-detail";
const TTL_SECONDS = 300;

export interface LoginDetail {
  /** The error code these details belong to; shown only next to that code. */
  code: string;
  /** The IdP's own error_description. */
  description?: string;
  /** The refused email's domain (untrusted_domain). */
  domain?: string;
}

/**
 * Moves a failed sign-in's details (`error_description`, `domain`) out of a login page URL into a
 * cookie for this browser only, sealed with the session secret and short-lived: the login page
 * shows details only from there, so nobody can word them through a link. Other URLs pass as they are.
 */
export async function sealLoginDetail(config: Config, location: string): Promise<{ location: string; setCookie: string | null }> {
  const url = new URL(location, config.appUrl);
  const code = url.searchParams.get("error");
  if (url.origin !== new URL(config.appUrl).origin || url.pathname !== "/admin/login" || !code) return { location, setCookie: null };
  const description = url.searchParams.get("error_description")?.slice(0, 300);
  const domain = url.searchParams.get("domain")?.slice(0, 253);
  const bare = new URL("/admin/login", config.appUrl);
  bare.searchParams.set("error", code);
  if (!description && !domain) return { location: bare.toString(), setCookie: null };
  const value = await sealValue(LOGIN_DETAIL_PURPOSE, { code, description, domain } satisfies LoginDetail, TTL_SECONDS);
  const setCookie = [
    `${LOGIN_DETAIL_COOKIE}=${value}`,
    "Path=/admin/login",
    `Max-Age=${TTL_SECONDS}`,
    "HttpOnly",
    "SameSite=Lax",
    ...(config.secureCookies ? ["Secure"] : []),
  ].join("; ");
  return { location: bare.toString(), setCookie };
}
