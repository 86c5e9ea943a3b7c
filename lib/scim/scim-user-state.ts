/**
 * What SCIM can set on a portal user. `userName` is Okta's login, kept apart from the email
 * (emails[primary]) on which the portal identifies people; they are often, not always, the same.
 */
export interface ScimUserState {
  userName: string;
  email: string;
  givenName: string | null;
  familyName: string | null;
  displayName: string | null;
  externalId: string | null;
  /** null when a PUT left it out: the user keeps the current value, and a new user starts active. */
  active: boolean | null;
}

/**
 * Attributes Okta may send that the portal knowingly doesn't store, so they are ignored without a
 * log line (`password` is a placeholder Okta sends even without password sync; `groups` is
 * read-only in RFC 7643). Lower-cased.
 */
export const IGNORED_USER_ATTRIBUTES = [
  "schemas",
  "id",
  "meta",
  "password",
  "groups",
  "nickname",
  "profileurl",
  "title",
  "usertype",
  "preferredlanguage",
  "locale",
  "timezone",
  "phonenumbers",
  "addresses",
  "photos",
  "ims",
  "entitlements",
  "roles",
  "x509certificates",
];

/** The `eq` filters GET /Users understands (Okta needs userName; the others help imports and support). */
export const USER_FILTER_ATTRIBUTES = ["userName", "externalId", "emails.value", "emails"] as const;
