import type { OktaConfig } from "@/lib/config/parse-config";

export interface InitiatedLogin {
  /** A same-origin path to land on after sign-in. */
  callbackPath: string;
  loginHint: string | null;
}

/**
 * OIDC third-party initiated login (OIDC Core §4), as Okta's "Initiate login URI" sends it from a
 * dashboard tile: `iss` must be the portal's Okta (its issuer, or the org URL hosting it); the
 * optional `target_link_uri` is honoured only when it resolves to the portal's own origin, so the
 * endpoint can't be used to redirect anywhere else. Null for any other issuer.
 */
export function resolveInitiatedLogin(okta: OktaConfig, appUrl: string, params: URLSearchParams): InitiatedLogin | null {
  const iss = params.get("iss")?.replace(/\/+$/, "");
  if (!iss || (iss !== okta.issuer && iss !== new URL(okta.issuer).origin)) return null;
  const hint = params.get("login_hint");
  return { callbackPath: sameOriginPath(params.get("target_link_uri"), appUrl), loginHint: hint && hint.length <= 256 ? hint : null };
}

function sameOriginPath(target: string | null, appUrl: string): string {
  if (!target || target.length > 2048) return "/admin";
  try {
    const url = new URL(target, appUrl);
    return url.origin === new URL(appUrl).origin ? `${url.pathname}${url.search}` : "/admin";
  } catch {
    return "/admin";
  }
}
