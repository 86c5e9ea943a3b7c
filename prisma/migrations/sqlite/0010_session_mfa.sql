-- Whether Okta reported MFA for the sign-in behind a session: SSO_REQUIRE_MFA_FOR_ADMINS gives the admin view only to those.
ALTER TABLE "Session" ADD COLUMN "mfa" BOOLEAN NOT NULL DEFAULT false;
