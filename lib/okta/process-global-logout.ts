import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Config, OktaConfig } from "@/lib/config/parse-config";
import { globalLogoutRequestSchema, type GlobalLogoutSubject } from "./global-logout-subject";
import { findOktaUser } from "./find-okta-user";
import { logOutEverywhere } from "./log-out-everywhere";
import { OktaRequestRejected } from "./okta-request-rejected";
import { claimTokenIdOnce } from "./claim-token-id-once";
import { verifyOktaSignedJwt } from "./verify-okta-signed-jwt";

export const GLOBAL_LOGOUT_PATH = "/auth/global-token-revocation";
const CALLER = { email: "okta:universal-logout" };

export type GlobalLogoutOutcome = "logged_out" | "unknown_user";

/**
 * Okta's Universal Logout: authenticates the Signed JWT (throws OktaRequestRejected), parses the
 * subject (throws ZodError), and ends every session and API token of the Okta user it names.
 * An unknown subject, a local account or an issuer other than this portal's Okta is "unknown_user".
 */
export async function processGlobalLogout(config: Config, okta: OktaConfig, bearer: string | null, body: unknown): Promise<GlobalLogoutOutcome> {
  const orgUrl = new URL(okta.issuer).origin;
  let jwt;
  try {
    if (!bearer) throw new OktaRequestRejected("no Bearer JWT");
    jwt = await verifyOktaSignedJwt(bearer, orgUrl, `${config.appUrl}${GLOBAL_LOGOUT_PATH}`);
    await claimTokenIdOnce(jwt.jti, new Date(jwt.exp * 1000));
  } catch (error) {
    if (error instanceof OktaRequestRejected) {
      await recordAuditEvent({
        type: "user.universal_logout",
        outcome: "failure",
        reason: "unauthenticated",
        actor: CALLER,
        details: { detail: error.reason },
      });
    }
    throw error;
  }
  const subject = globalLogoutRequestSchema.parse(body).sub_id;
  const lookup = lookupOf(subject, okta.issuer, orgUrl);
  const user = lookup && (await findOktaUser(lookup));
  const details = { format: subject.format, jti: jwt.jti };
  if (!user) {
    await recordAuditEvent({
      type: "user.universal_logout",
      outcome: "failure",
      reason: "unknown_user",
      actor: CALLER,
      subject: { email: subject.format === "email" ? subject.email : null },
      details: { ...details, ...subject },
    });
    return "unknown_user";
  }
  await logOutEverywhere(user, CALLER, details);
  return "logged_out";
}

function lookupOf(subject: GlobalLogoutSubject, issuer: string, orgUrl: string): { email: string } | { oktaUserId: string } | null {
  if (subject.format === "email") return { email: subject.email };
  // Okta's user id is the `sub` of both its org and custom authorization servers; another issuer's isn't ours.
  return [issuer, orgUrl].includes(subject.iss.replace(/\/+$/, "")) ? { oktaUserId: subject.sub } : null;
}
