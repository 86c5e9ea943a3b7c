import { DomainError } from "@/lib/errors/domain-error";

/** Where a keyset page ends: the sort it belongs to, the sort value of its last row, and that row's id. */
export interface KeysetCursor {
  s: string;
  v: string | null;
  id: string;
}

/** What a sort's value must be: an ISO date, an ISO date or null (never set), text, or nothing (id only). */
export type CursorValue = "date" | "date-or-null" | "text" | "none";

const isIsoDate = (value: unknown) => typeof value === "string" && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value;

function valueFits(value: unknown, kind: CursorValue): boolean {
  if (kind === "date") return isIsoDate(value);
  if (kind === "date-or-null") return value === null || isIsoDate(value);
  if (kind === "text") return typeof value === "string";
  return value === null;
}

/**
 * The one codec of every list's opaque `cursor`: `encode` the last row of a page, `decode` the next
 * request's parameter. Anything tampered (another sort, a name where a date belongs, not JSON) is
 * an invalid-input error naming the parameter, never a query with garbage in it.
 */
export const keysetCursor = {
  encode: (cursor: KeysetCursor): string => Buffer.from(JSON.stringify({ s: cursor.s, v: cursor.v, id: cursor.id })).toString("base64url"),
  decode(raw: string, sort: string, kind: CursorValue): KeysetCursor {
    try {
      const value = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as Partial<KeysetCursor> | null;
      if (value && value.s === sort && typeof value.id === "string" && value.id.length <= 64 && valueFits(value.v, kind))
        return { s: sort, v: value.v ?? null, id: value.id };
    } catch {
      // reported below
    }
    throw new DomainError("invalid_input", "Invalid parameter 'cursor': use the link to the next page as given (with the same sort and filters)");
  },
};
