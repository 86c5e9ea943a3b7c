/**
 * What SSO_REQUIRE_MFA_FOR_ADMINS makes of an Okta sign-in: "not_required" when the policy is off or
 * the person is no admin, "satisfied" when Okta reported MFA, "step_up" to ask Okta once more for a
 * stronger sign-in, and "withheld" when the step-up came back without MFA: the person is signed in,
 * but this session gets no admin view.
 */
export type AdminMfaOutcome = "not_required" | "satisfied" | "step_up" | "withheld";

export function decideAdminMfa(input: { required: boolean; isAdmin: boolean; mfa: boolean; steppedUp: boolean }): AdminMfaOutcome {
  if (!input.required || !input.isAdmin) return "not_required";
  if (input.mfa) return "satisfied";
  return input.steppedUp ? "withheld" : "step_up";
}
