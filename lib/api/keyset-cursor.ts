import { ApiError } from "./api-error";

/** Where a keyset page ends: the sort key of its last row (an ISO date or a name) and that row's id. */
export interface KeysetCursor {
  k: string;
  id: string;
}

const isIsoDate = (value: string) => !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value;

/**
 * Opaque cursors for keyset pagination: `encode` the last row of a page, `decode` the `cursor`
 * parameter of the next request; a tampered value (or a name where a date belongs) is a 400 naming it.
 */
export const keysetCursor = {
  encode: (cursor: KeysetCursor): string => Buffer.from(JSON.stringify({ k: cursor.k, id: cursor.id })).toString("base64url"),
  decode(raw: string, key: "date" | "text" = "text"): KeysetCursor {
    try {
      const value = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as Partial<KeysetCursor>;
      if (typeof value.k === "string" && typeof value.id === "string" && (key === "text" || isIsoDate(value.k))) return { k: value.k, id: value.id };
    } catch {
      // reported below
    }
    throw new ApiError(400, "Invalid parameter 'cursor': use the link to the next page as given");
  },
};
