import { keysetCursor, type CursorValue } from "@/lib/db/keyset-cursor";
import { DomainError } from "@/lib/errors/domain-error";

/**
 * Reads a list page's `cursor`, `notice` and `error` parameters, removing the messages from
 * `search` so pagination links don't repeat them. A tampered cursor shows the first page with an error.
 */
export function pageCursor(search: URLSearchParams, sort: string, kind: CursorValue): { cursor?: string; notice?: string; error?: string } {
  const notice = search.get("notice") ?? undefined;
  const error = search.get("error") ?? undefined;
  search.delete("notice");
  search.delete("error");
  const cursor = search.get("cursor") || undefined;
  if (!cursor) return { notice, error };
  try {
    keysetCursor.decode(cursor, sort, kind);
    return { cursor, notice, error };
  } catch (invalid) {
    if (!(invalid instanceof DomainError)) throw invalid;
    search.delete("cursor");
    return { notice, error: invalid.detail };
  }
}
