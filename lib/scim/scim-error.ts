/** RFC 7644 §3.12 `scimType` values the portal uses. */
export type ScimType = "invalidFilter" | "invalidSyntax" | "invalidPath" | "invalidValue" | "uniqueness" | "mutability" | "noTarget";

/** An error the SCIM wrapper answers with as an RFC 7644 Error body and this status. */
export class ScimError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly scimType?: ScimType,
  ) {
    super(detail);
    this.name = "ScimError";
  }
}
