import type { OktaConfig } from "@/lib/config/parse-config";
import { safeCallbackPath } from "./safe-callback-path";

export interface InitiatedLogin {
  /** Where to land after sign-in: always on the portal's own origin. */
  callbackUrl: string;
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
  return { callbackUrl: safeCallbackPath(params.get("target_link_uri"), appUrl), loginHint: hint && hint.length <= 256 ? hint : null };
}
