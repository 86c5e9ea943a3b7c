import { keysetCursor } from "./keyset-cursor";

/**
 * Splits `limit + 1` fetched rows into one page and the cursor of the next (null on the last page):
 * fetching one extra row tells whether more exist without a COUNT over the table.
 */
export function keysetPage<Row extends { id: string }>(rows: Row[], limit: number, keyOf: (row: Row) => string) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const nextCursor = rows.length > limit && last ? keysetCursor.encode({ k: keyOf(last), id: last.id }) : null;
  return { items, nextCursor };
}
