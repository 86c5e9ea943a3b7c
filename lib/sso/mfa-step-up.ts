/**
 * Thrown inside the sign-in's transaction (so nothing of it is written) when an admin sign-in lacks
 * MFA and Okta has not been asked for a stronger one yet.
 */
export class MfaStepUp extends Error {
  constructor(readonly sub: string) {
    super("admin sign-in without MFA: ask Okta for a stronger sign-in");
    this.name = "MfaStepUp";
  }
}
