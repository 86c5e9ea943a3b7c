export interface LoginErrorText {
  title: string;
  message: string;
}

const MESSAGES: Record<string, LoginErrorText> = {
  access_denied: { title: "Okta refused the sign-in", message: "Ask your Okta administrator to assign you to the application." },
  invalid_client: { title: "Okta rejected the portal's credentials", message: "Okta rejected the portal's client ID or secret; check SSO_OKTA_CLIENT_ID and SSO_OKTA_CLIENT_SECRET." },
  issuer_unreachable: { title: "Couldn't reach Okta", message: "Couldn't reach the Okta issuer {issuer}; check SSO_OKTA_ISSUER and that the portal can reach it." },
  issuer_mismatch: { title: "Okta answered as a different issuer", message: "The issuer in Okta's response doesn't match SSO_OKTA_ISSUER ({issuer}); use the exact issuer from Okta, e.g. https://yourcompany.okta.com/oauth2/default." },
  token_invalid: { title: "Okta's ID token could not be verified", message: "The ID token failed validation (signature, audience, expiry or nonce). If this keeps happening, check that the server's clock is correct." },
  state_invalid: { title: "Your sign-in took too long or was interrupted", message: "Your sign-in took too long or was interrupted; try again." },
  untrusted_domain: { title: "This account's domain isn't allowed", message: "Accounts from @{domain} can't sign in here." },
  not_provisioned: { title: "No portal account yet", message: "Your account has not been set up in the portal yet. Ask an administrator to add you." },
  deactivated: { title: "Account deactivated", message: "Your account is deactivated." },
  email_unverified: { title: "Email address not verified", message: "Your Okta account's email address isn't marked as verified. Ask your Okta administrator to verify it (or to let the portal accept directory-managed addresses), then try again." },
  local_account: { title: "This is a local account", message: "This email belongs to a local administrator account; it can't be used for Okta sign-in. Sign in with its password instead, or use an Okta account with a different email." },
  invalid_credentials: { title: "Sign-in failed", message: "The email or password is incorrect, or the account can't sign in with a password." },
  locked_out: { title: "Too many failed attempts", message: "Password sign-in for this account is locked for a while after repeated failures. Try again later or sign in with Okta." },
  password_login_disabled: { title: "Password sign-in is disabled", message: "Password sign-in is turned off (SSO_PRESERVE_ADMIN_AUTH=false). Continue with Okta instead." },
  rate_limited: { title: "Too many attempts", message: "Too many sign-in attempts from your address in the last minute. Wait a minute and try again." },
  session_expired: { title: "Signed out", message: "Your session ended. Sign in again to continue." },
  sso_failed: { title: "Sign-in with Okta failed", message: "Sign-in with Okta failed. Try again; if it keeps failing, ask an administrator to run `npm run sso:doctor`." },
};

/** What the login page says for an error code; {issuer} and {domain} are filled in by the caller. */
export function describeLoginError(code: string, values: Record<string, string> = {}): LoginErrorText {
  const text = MESSAGES[code] ?? MESSAGES.sso_failed;
  const fill = (template: string) => template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? key);
  return { title: fill(text.title), message: fill(text.message) };
}
