/**
 * What SCIM can set on a portal user. The portal identifies people by email, so SCIM `userName`
 * is the user's email address (Okta's default username format).
 */
export interface ScimUserState {
  email: string;
  givenName: string | null;
  familyName: string | null;
  displayName: string | null;
  externalId: string | null;
  active: boolean;
}

/**
 * Attributes Okta may send that the portal accepts but does not store (`password` is a placeholder
 * Okta sends even without password sync; `groups` is read-only in RFC 7643).
 */
export const IGNORED_USER_ATTRIBUTES = ["schemas", "id", "meta", "password", "groups", "emails", "nickname", "profileurl", "title", "usertype", "preferredlanguage", "locale", "timezone", "phonenumbers", "addresses", "photos", "ims", "entitlements", "roles", "x509certificates"];

/** The `eq` filters GET /Users understands (Okta needs userName; the others help imports and support). */
export const USER_FILTER_ATTRIBUTES = ["userName", "externalId", "emails.value", "emails"] as const;
