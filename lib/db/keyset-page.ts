import { keysetCursor } from "./keyset-cursor";

/**
 * Splits `limit + 1` fetched rows into one page and the cursor of the next (null on the last page):
 * fetching one extra row tells whether more exist without a COUNT over the table.
 */
export function keysetPage<Row>(rows: Row[], limit: number, sort: string, cursorOf: (row: Row) => { v: string | null; id: string }) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const nextCursor = rows.length > limit && last !== undefined ? keysetCursor.encode({ s: sort, ...cursorOf(last) }) : null;
  return { items, nextCursor };
}
