import { SsoRefusal } from "./sso-refusal";

/**
 * SSO_REQUIRE_VERIFIED_EMAIL=true (the default) refuses an Okta identity whose email Okta does not
 * mark verified. With false it may sign in to its own account or be created, but never link to an
 * existing one (findSsoUser enforces that part either way).
 */
export function checkEmailVerified(identity: { email: string; emailVerified: boolean }, requireVerifiedEmail: boolean): void {
  if (identity.emailVerified || !requireVerifiedEmail) return;
  throw new SsoRefusal(
    "email_unverified",
    `Okta does not mark ${identity.email} as verified (email_verified is not true) and SSO_REQUIRE_VERIFIED_EMAIL=true; set it to false only if your directory masters users' emails`,
  );
}
