import { getCurrentSession } from "./get-current-session";
import { sealValue } from "./seal-value";

// Long enough to follow the redirect and reload; a link to it is useless soon after.
const TTL_SECONDS = 600;

/**
 * A console action's outcome as `notice`/`error` query parameters, sealed for the signed-in
 * session: pages show only messages the portal wrote for this session (see openNotice), never
 * text someone put into a link.
 */
export async function sealNotice(message: { notice?: string; error?: string }): Promise<URLSearchParams> {
  const session = await getCurrentSession();
  const params = new URLSearchParams();
  for (const key of ["notice", "error"] as const) {
    const text = message[key];
    if (text && session) params.set(key, await sealValue(`console-${key}:${session.sessionId}`, text, TTL_SECONDS));
  }
  return params;
}
