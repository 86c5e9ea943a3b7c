/** A sign-in the portal refuses on purpose; `code` selects the message on /admin/login. */
export class SsoRefusal extends Error {
  constructor(
    readonly code: "email_unverified" | "local_account" | "untrusted_domain" | "not_provisioned" | "deactivated" | "token_invalid" | "issuer_unreachable",
    readonly detail: string,
    readonly params: Record<string, string> = {},
  ) {
    super(detail);
    this.name = "SsoRefusal";
  }
}
