/**
 * CSRF defence for state-changing requests: browsers send Origin on cross-site POSTs, and
 * Sec-Fetch-Site says whether the request came from the portal's own pages.
 */
export function isSameOrigin(headers: Headers, appUrl: string): boolean {
  const origin = headers.get("origin");
  if (origin) return origin === new URL(appUrl).origin;
  const site = headers.get("sec-fetch-site");
  return site === null || site === "same-origin" || site === "none";
}
