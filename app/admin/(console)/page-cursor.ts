import { keysetCursor, type CursorValue } from "@/lib/db/keyset-cursor";
import { DomainError } from "@/lib/errors/domain-error";
import { openNotice } from "@/lib/sessions/open-notice";

/**
 * Reads a list page's `cursor` and sealed `notice` and `error` parameters, removing the messages from
 * `search` so pagination links don't repeat them. A tampered cursor shows the first page with an error.
 */
export async function pageCursor(search: URLSearchParams, sort: string, kind: CursorValue): Promise<{ cursor?: string; notice?: string; error?: string }> {
  const { notice, error } = await openNotice(search);
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
