/**
 * What went wrong, in the domain's words; the request pipeline's error table (lib/http/error-table.ts)
 * decides the HTTP status, so domain code never speaks HTTP.
 */
export type DomainErrorKind =
  "invalid_input" | "unauthenticated" | "forbidden" | "not_found" | "not_supported" | "conflict" | "too_large" | "unsupported_media_type" | "rate_limited";

/** A refusal the caller can act on: `detail` says what to fix and is safe to show. */
export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly detail: string,
    /** For rate_limited: when the caller may try again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(detail);
    this.name = "DomainError";
  }
}
