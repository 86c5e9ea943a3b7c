import { ZodError } from "zod";
import { isDatabaseUnavailable } from "@/lib/db/is-database-unavailable";
import { DomainError, type DomainErrorKind } from "@/lib/errors/domain-error";
import { log } from "@/lib/log/logger";
import { ScimError, type ScimType } from "@/lib/scim/scim-error";
import { describeZodError, type InputNoun } from "@/lib/validation/describe-zod-error";

/** What every error dialect needs to answer one failure. */
export interface ErrorAnswer {
  status: number;
  /** Safe to show: names what to fix, never internals. */
  detail: string;
  headers: Record<string, string>;
  /** RFC 7644 scimType, for the SCIM dialect. */
  scimType?: ScimType;
}

const STATUS: Record<DomainErrorKind, number> = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  not_supported: 405,
  conflict: 409,
  too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
};

export const RETRY_AFTER_SECONDS = 5;
const UNAVAILABLE = "The portal's database is unavailable; try again in a moment";

const prismaCode = (error: unknown) =>
  error instanceof Error && error.name === "PrismaClientKnownRequestError" ? (error as Error & { code?: string }).code : undefined;
// PostgreSQL refuses NUL in text (22021); input checks stop it first, this keeps a missed one a 400.
const isNulRefusal = (error: unknown) =>
  /22021|invalid byte sequence for encoding "UTF8": 0x00/.test(`${(error as { code?: string })?.code ?? ""} ${(error as Error)?.message ?? ""}`);

/**
 * The one error table of the request pipeline: every failure of every route, action or page is
 * turned into a status and a message here. `noun` words validation errors ("attribute" for SCIM).
 */
export function describeError(error: unknown, noun: InputNoun = "parameter"): ErrorAnswer {
  if (error instanceof DomainError) {
    const headers: Record<string, string> = error.retryAfterSeconds ? { "Retry-After": String(error.retryAfterSeconds) } : {};
    return {
      status: STATUS[error.kind],
      detail: error.detail,
      headers,
      scimType: error instanceof ScimError ? error.scimType : error.kind === "invalid_input" ? "invalidValue" : undefined,
    };
  }
  if (error instanceof ZodError) {
    const scimType = error.issues[0].code === "unrecognized_keys" ? "invalidSyntax" : "invalidValue";
    return { status: 400, detail: describeZodError(error, noun), headers: {}, scimType };
  }
  if (isDatabaseUnavailable(error)) {
    log.error("request.database_unavailable", { message: (error as Error)?.message });
    return { status: 503, detail: UNAVAILABLE, headers: { "Retry-After": String(RETRY_AFTER_SECONDS) } };
  }
  // A concurrent request won the race for a unique value, or removed the row being changed.
  if (prismaCode(error) === "P2002") return { status: 409, detail: "A resource with that unique value already exists", headers: {}, scimType: "uniqueness" };
  if (prismaCode(error) === "P2025") return { status: 404, detail: "Resource not found", headers: {} };
  if (isNulRefusal(error)) return { status: 400, detail: "Text must not contain NUL characters", headers: {}, scimType: "invalidValue" };
  log.error("request.unhandled", { message: (error as Error)?.message, stack: (error as Error)?.stack });
  return { status: 500, detail: "Internal server error", headers: {} };
}
