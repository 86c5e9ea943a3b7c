import { DomainError, type DomainErrorKind } from "@/lib/errors/domain-error";

/** RFC 7644 §3.12 `scimType` values the portal uses. */
export type ScimType = "invalidFilter" | "invalidSyntax" | "invalidPath" | "invalidValue" | "uniqueness" | "mutability" | "noTarget";

// RFC 7644 §3.12 names its errors by status; the pipeline's error table turns the kind back into that status.
const KIND_OF = {
  400: "invalid_input",
  401: "unauthenticated",
  403: "forbidden",
  404: "not_found",
  405: "not_supported",
  409: "conflict",
  413: "too_large",
  415: "unsupported_media_type",
} as const satisfies Record<number, DomainErrorKind>;

/**
 * A SCIM refusal: the domain error of that RFC 7644 status, with its `scimType` for the Error body.
 * `status` is the SCIM Error resource's own attribute (RFC 7644 §3.12); the HTTP answer still comes
 * from the error table, by kind.
 */
export class ScimError extends DomainError {
  constructor(
    readonly status: keyof typeof KIND_OF,
    detail: string,
    readonly scimType?: ScimType,
  ) {
    super(KIND_OF[status], detail);
    this.name = "ScimError";
  }
}
