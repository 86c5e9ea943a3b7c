import type { NextRequest } from "next/server";
import type { Config } from "@/lib/config/parse-config";
import { openSealedValue } from "@/lib/sessions/open-sealed-value";
import { sealValue } from "@/lib/sessions/seal-value";

const COOKIE = "portal-mfa-step-up";
const PURPOSE = "mfa-step-up";
// Long enough for a second Okta sign-in with a factor prompt.
const TTL_SECONDS = 600;

/**
 * The cookie remembering, for this browser only, which Okta sub was already sent back to Okta for
 * MFA: sealed with the session secret, scoped to the SSO routes, and cleared by the next callback.
 * Its value (or "" to clear) becomes one Set-Cookie header.
 */
export async function mfaStepUpCookie(config: Config, sub: string | null): Promise<string> {
  const value = sub ? await sealValue(PURPOSE, sub, TTL_SECONDS) : "";
  return [
    `${COOKIE}=${value}`,
    "Path=/auth/sso",
    `Max-Age=${sub ? TTL_SECONDS : 0}`,
    "HttpOnly",
    "SameSite=Lax",
    ...(config.secureCookies ? ["Secure"] : []),
  ].join("; ");
}

/** The sub sealed into this request's step-up cookie, if any. */
export async function readMfaStepUp(request: NextRequest): Promise<string | undefined> {
  return (await openSealedValue<string>(PURPOSE, request.cookies.get(COOKIE)?.value)) ?? undefined;
}
