import { ApiError } from "@/lib/api/api-error";
import type { KeysetCursor } from "@/lib/api/keyset-cursor";

/**
 * The keyset condition "after this cursor" for lists sorted by createdAt, then id, both descending.
 * The leading `createdAt <= at` is a plain range, so an index ending in createdAt seeks straight to
 * the cursor: page 1000 costs what page 1 does.
 */
export function olderThanCursor(cursor: KeysetCursor | undefined) {
  if (!cursor) return {};
  const at = new Date(cursor.k);
  if (Number.isNaN(at.getTime())) throw new ApiError(400, "Invalid parameter 'cursor': use the link to the next page as given");
  return { createdAt: { lte: at }, OR: [{ createdAt: { lt: at } }, { id: { lt: cursor.id } }] };
}
