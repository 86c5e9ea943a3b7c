import type { AuditEventInput } from "@/lib/audit/record-audit-event";
import type { OktaConfig } from "@/lib/config/parse-config";
import { log } from "@/lib/log/logger";

const warned = new Set<string>();

/**
 * The warning for a sign-in whose groups claim was asked for but absent or not an array of
 * strings: logged at WARN once per process start and reason (each sign-in is still audited), so
 * a misconfigured Okta app is visible without flooding the log.
 */
export function reportGroupsClaimProblem(okta: OktaConfig, problem: "missing" | "malformed", sub: string): AuditEventInput {
  const reason = problem === "missing" ? "groups_claim_missing" : "groups_claim_malformed";
  const detail =
    problem === "missing"
      ? `Okta sent no '${okta.groupsClaim}' claim although the '${okta.scope}' scope asks for groups; team memberships and admin rights were left as they were. Add a groups claim (org server: the app's Sign On → Groups claim filter; custom server: a '${okta.groupsClaim}' claim)`
      : `Okta's '${okta.groupsClaim}' claim is not an array of group names; team memberships and admin rights were left as they were. Check the claim's value type (Groups)`;
  if (!warned.has(reason)) {
    warned.add(reason);
    log.warn("sso.groups_claim_missing", { reason, claim: okta.groupsClaim, scope: okta.scope, sub });
  }
  return { type: "sso.groups_claim_missing", outcome: "failure", reason, details: { provider: "okta", sub, claim: okta.groupsClaim, detail } };
}
