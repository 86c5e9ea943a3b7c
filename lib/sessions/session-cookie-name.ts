/** next-auth v4's session cookie; `__Secure-` prefixed when the portal is served over https. */
export function sessionCookieName(secure: boolean): string {
  return `${secure ? "__Secure-" : ""}next-auth.session-token`;
}
