import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from "jose";
import { discoverIssuer } from "@/lib/sso/discover-issuer";
import { OktaRequestRejected } from "./okta-request-rejected";

/** The same skew tolerance as sign-in (lib/sso/okta-provider.ts). */
const CLOCK_TOLERANCE_SECONDS = 120;
// An unknown kid refetches the key set at once, at most every 5 s (a flood of bad kids can't hammer Okta).
const KEY_SET_OPTIONS = { cooldownDuration: 5_000, cacheMaxAge: 3_600_000, timeoutDuration: 5_000 };
const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

/**
 * Verifies a JWT that Okta signed to authenticate a call to the portal (Universal Logout's
 * "Signed JWT"): signature by the org's keys (from the org server's discovery document, cached and
 * refetched on an unknown kid), `iss` the org URL, `aud` the endpoint's URL, `exp`/`iat` within the
 * sign-in clock tolerance, and a `jti` the caller must then use only once.
 */
export async function verifyOktaSignedJwt(token: string, orgUrl: string, audience: string): Promise<JWTPayload & { jti: string; exp: number }> {
  let jwksUri: string;
  try {
    jwksUri = (await discoverIssuer(orgUrl)).jwks_uri;
  } catch (error) {
    throw new OktaRequestRejected(`the org's discovery document is unreachable: ${(error as Error).message}`);
  }
  let keySet = keySets.get(jwksUri);
  if (!keySet) keySets.set(jwksUri, (keySet = createRemoteJWKSet(new URL(jwksUri), KEY_SET_OPTIONS)));
  try {
    const { payload } = await jwtVerify(token, keySet, {
      issuer: orgUrl,
      audience,
      algorithms: ["RS256"],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ["jti", "iat", "exp"],
    });
    if (typeof payload.jti !== "string" || payload.jti.length > 256) throw new OktaRequestRejected("jti must be a string of at most 256 characters");
    if (payload.iat! > Date.now() / 1000 + CLOCK_TOLERANCE_SECONDS) throw new OktaRequestRejected("iat lies in the future");
    return payload as JWTPayload & { jti: string; exp: number };
  } catch (error) {
    if (error instanceof OktaRequestRejected) throw error;
    if (error instanceof errors.JOSEError) throw new OktaRequestRejected(`${error.code}: ${error.message}`);
    throw error;
  }
}
