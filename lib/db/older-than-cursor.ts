import type { KeysetCursor } from "@/lib/api/keyset-cursor";

/**
 * The keyset condition "after this cursor" for lists sorted by createdAt, then id, both descending:
 * served by a createdAt index, so page 1000 costs what page 1 does.
 */
export function olderThanCursor(cursor: KeysetCursor | undefined) {
  if (!cursor) return {};
  const at = new Date(cursor.k);
  if (Number.isNaN(at.getTime())) return { id: { in: [] as string[] } };
  return { OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: cursor.id } }] };
}
