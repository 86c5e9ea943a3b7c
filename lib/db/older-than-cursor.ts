import { keysetCursor } from "./keyset-cursor";

/** The sort name of lists ordered by createdAt, then id, both descending. */
export const NEWEST_FIRST = "created";

/**
 * The keyset condition "after this cursor" for lists sorted by createdAt, then id, both descending.
 * The leading `createdAt <= at` is a plain range, so an index ending in createdAt seeks straight to
 * the cursor: page 1000 costs what page 1 does.
 */
export function olderThanCursor(raw: string | undefined) {
  if (!raw) return {};
  const cursor = keysetCursor.decode(raw, NEWEST_FIRST, "date");
  const at = new Date(cursor.v!);
  return { createdAt: { lte: at }, OR: [{ createdAt: { lt: at } }, { id: { lt: cursor.id } }] };
}
