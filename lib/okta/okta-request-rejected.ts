/**
 * An Okta-to-portal request (Universal Logout, event hook) whose authentication failed; `reason` is
 * for the audit log and logs, never for the caller, who learns only that it was refused.
 */
export class OktaRequestRejected extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = "OktaRequestRejected";
  }
}
