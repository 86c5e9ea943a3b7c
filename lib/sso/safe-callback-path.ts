// Long enough for any console page with filters; longer values are not worth parsing.
const MAX_LENGTH = 2048;

/**
 * Where to go after sign-in: `value` resolved by the URL parser against APP_URL, kept only when the
 * result is on APP_URL's origin, otherwise APP_URL's /admin. Always an absolute URL: the parser
 * drops tabs and newlines and turns `\` into `/` (so `/\t/evil.example` is `//evil.example`), and
 * a path like `/.//evil` normalises to `//evil`, which a relative Location would send off-site.
 */
export function safeCallbackPath(value: string | string[] | null | undefined, appUrl: string): string {
  const raw = Array.isArray(value) ? value[0] : value;
  const fallback = new URL("/admin", appUrl).href;
  if (!raw || raw.length > MAX_LENGTH) return fallback;
  try {
    const url = new URL(raw, appUrl);
    return url.origin === new URL(appUrl).origin ? url.href : fallback;
  } catch {
    return fallback;
  }
}
