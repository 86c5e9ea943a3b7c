import { getCurrentSession } from "./get-current-session";
import { openSealedValue } from "./open-sealed-value";

/** The `notice`/`error` messages sealNotice wrote for this session; anything else in those parameters is ignored. */
export async function openNotice(search: URLSearchParams): Promise<{ notice?: string; error?: string }> {
  const session = await getCurrentSession();
  if (!session) return {};
  const open = async (key: "notice" | "error") => (await openSealedValue<string>(`console-${key}:${session.sessionId}`, search.get(key))) ?? undefined;
  return { notice: await open("notice"), error: await open("error") };
}
