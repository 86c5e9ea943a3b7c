/**
 * What an Okta admin may have configured (or not) and how a real org can misbehave. Tests flip these
 * while the IdP runs; the defaults are a freshly created Okta org.
 */
export interface IdpBehaviour {
  /** Delay every response by this many milliseconds (a slow IdP). */
  delayMs: number;
  /**
   * false (Okta's code flow): thin ID tokens with the base claims plus `email` (email scope) and
   * `name`/`preferred_username` (profile scope); the rest only at /userinfo. true: every scope claim.
   */
  fatIdToken: boolean;
  /**
   * false (a fresh org): no `groups` claim anywhere. true: the app has a groups claim filter (org
   * server) or the custom server has a `groups` claim and scope. Without it the custom server answers
   * a request for the `groups` scope with invalid_scope.
   */
  groupsClaim: boolean;
  /** The groups filter matches more than 100 groups: token requests granting `groups` fail with server_error. */
  tooManyGroups: boolean;
  /** Replaces a user's fixture groups, keyed by email: an admin adding or removing someone in Okta. */
  groups: Record<string, string[]>;
  /** false: the app's Sign-out redirect URIs don't include the portal's, so /v1/logout answers Okta's 400 page. */
  logoutRedirectRegistered: boolean;
  /** false: the org has no API Access Management, so /oauth2/default (and every custom server) is a 404. */
  apiAccessManagement: boolean;
  /** false: the custom server has no access policy for the app; authorize answers access_denied "Policy evaluation failed…". */
  accessPolicy: boolean;
  /** Replaces a user's status in the management API, keyed by email; "DELETED" makes the user a 404 there. */
  status: Record<string, "ACTIVE" | "SUSPENDED" | "DEPROVISIONED" | "DELETED">;
  /** Management API: the largest page it serves (Okta: 200), whatever `limit` asks for. */
  apiPageLimit: number;
  /** Management API rate limit: requests per window (X-Rate-Limit-Limit) and the window's length. */
  apiRateLimit: { limit: number; windowSeconds: number };
  /** Management API: after `after` more requests, answer the next `count` with 429 until `resetSeconds` from then. */
  apiThrottle: { after: number; count: number; resetSeconds: number } | null;
}

export function defaultBehaviour(): IdpBehaviour {
  return {
    delayMs: 0,
    fatIdToken: false,
    groupsClaim: false,
    tooManyGroups: false,
    groups: {},
    logoutRedirectRegistered: true,
    apiAccessManagement: true,
    accessPolicy: true,
    status: {},
    apiPageLimit: 200,
    // Okta's default for /api/v1/users is 600 per minute.
    apiRateLimit: { limit: 600, windowSeconds: 60 },
    apiThrottle: null,
  };
}
