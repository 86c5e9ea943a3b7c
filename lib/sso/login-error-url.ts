/** The login page showing an error code, with the IdP's own description (escaped when shown, truncated here). */
export function loginErrorUrl(appUrl: string, code: string, description?: string | null): string {
  const url = new URL("/admin/login", appUrl);
  url.searchParams.set("error", code);
  if (description) url.searchParams.set("error_description", description.slice(0, 300));
  return url.toString();
}
