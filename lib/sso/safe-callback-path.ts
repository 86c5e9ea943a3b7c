/** A same-origin path to return to after sign-in; anything else (other origins, `//host`, `/\host`) becomes /admin. */
export function safeCallbackPath(value: string | string[] | undefined): string {
  const path = Array.isArray(value) ? value[0] : value;
  if (!path || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\") || path.length > 512) return "/admin";
  return path;
}
