export interface LoginErrorText {
  title: string;
  message: string;
}

const MESSAGES: Record<string, LoginErrorText> = {
  access_denied: { title: "Okta refused the sign-in", message: "Ask your Okta administrator to assign you to the application." },
  access_policy_failed: {
    title: "Okta's authorization server has no access policy for the portal",
    message:
      "The custom authorization server in SSO_OKTA_ISSUER found no access policy rule that lets this app sign people in. An Okta administrator should add one: Security → API → Authorization Servers → (the server) → Access Policies → add a policy assigned to this app, with a rule allowing the Authorization Code grant.",
  },
  invalid_scope: {
    title: "Okta doesn't offer a scope the portal asks for",
    message:
      "One of the scopes in SSO_OKTA_SCOPE is not configured on Okta's authorization server. If it includes groups and SSO_OKTA_ISSUER is a custom authorization server (…/oauth2/…), an Okta administrator should add a groups scope (Security → API → Authorization Servers → Scopes) and a groups claim, or remove groups from SSO_OKTA_SCOPE.",
  },
  issuer_not_found: {
    title: "Okta has no such authorization server",
    message:
      "SSO_OKTA_ISSUER ({issuer}) answered 404: this Okta org has no such authorization server. Use the org server issuer (https://yourcompany.okta.com), or enable API Access Management in Okta to use a custom authorization server (…/oauth2/default).",
  },
  too_many_groups: {
    title: "Okta's groups claim matches too many groups",
    message:
      "Okta refused to issue tokens because the groups claim would list more than 100 groups. An Okta administrator should narrow the groups claim filter (e.g. Starts with \"MCP Gateway\" instead of Matches regex .*) on the app's Sign On tab, or on the authorization server's groups claim.",
  },
  okta_session_remains: {
    title: "Signed out of the portal",
    message:
      "You are signed out of the portal, but your Okta session is still active (Okta did not accept the portal's sign-out redirect). Sign out of Okta itself to end it, or close the browser. Administrators: add this sign-in page's address (APP_URL followed by /admin/login) to the Okta app's Sign-out redirect URIs.",
  },
  invalid_client: {
    title: "Okta rejected the portal's credentials",
    message: "Okta rejected the portal's client ID or secret; check SSO_OKTA_CLIENT_ID and SSO_OKTA_CLIENT_SECRET.",
  },
  invalid_client_key: {
    title: "Okta rejected the portal's key",
    message:
      "Okta refused the portal's signed client assertion: the Okta app doesn't hold the public half of SSO_OKTA_PRIVATE_KEY (or SSO_OKTA_CLIENT_ID is wrong). An administrator should add the public JWK that `npm run sso:doctor` prints to the app (General → Client Credentials → Public keys), with the same kid.",
  },
  issuer_unreachable: {
    title: "Couldn't reach Okta",
    message: "Couldn't reach the Okta issuer {issuer}; check SSO_OKTA_ISSUER and that the portal can reach it.",
  },
  issuer_mismatch: {
    title: "Okta answered as a different issuer",
    message:
      "The issuer in Okta's response doesn't match SSO_OKTA_ISSUER ({issuer}); use the exact issuer from Okta, e.g. https://yourcompany.okta.com/oauth2/default.",
  },
  token_invalid: {
    title: "Okta's ID token could not be verified",
    message: "The ID token failed validation (signature, audience, expiry or nonce). If this keeps happening, check that the server's clock is correct.",
  },
  state_invalid: { title: "Your sign-in took too long or was interrupted", message: "Your sign-in took too long or was interrupted; try again." },
  untrusted_domain: { title: "This account's domain isn't allowed", message: "Accounts from @{domain} can't sign in here." },
  not_provisioned: { title: "No portal account yet", message: "Your account has not been set up in the portal yet. Ask an administrator to add you." },
  deactivated: { title: "Account deactivated", message: "Your account is deactivated." },
  email_unverified: {
    title: "Email address not verified",
    message:
      "Your Okta account's email address isn't marked as verified. Ask your Okta administrator to verify it (or to let the portal accept directory-managed addresses), then try again.",
  },
  local_account: {
    title: "This is a local account",
    message:
      "This email belongs to a local administrator account; it can't be used for Okta sign-in. Sign in with its password instead, or use an Okta account with a different email.",
  },
  initiate_unknown_issuer: {
    title: "Sign-in started by an unknown identity provider",
    message: "This sign-in link names an issuer other than the portal's Okta ({issuer}). Open the portal from your Okta dashboard tile, or sign in here.",
  },
  invalid_credentials: { title: "Sign-in failed", message: "The email or password is incorrect, or the account can't sign in with a password." },
  locked_out: {
    title: "Too many failed attempts",
    message: "Password sign-in for this account is locked for a while after repeated failures. Try again later or sign in with Okta.",
  },
  password_login_disabled: {
    title: "Password sign-in is disabled",
    message: "Password sign-in is turned off (SSO_PRESERVE_ADMIN_AUTH=false). Continue with Okta instead.",
  },
  rate_limited: { title: "Too many attempts", message: "Too many sign-in attempts from your address in the last minute. Wait a minute and try again." },
  unavailable: {
    title: "Sign-in is briefly unavailable",
    message: "The portal's database is unavailable right now. Nothing was changed; try again in a moment.",
  },
  server_error: {
    title: "Sign-in failed",
    message: "The portal hit an unexpected problem. Try again; if it keeps happening, an operator can check the server log.",
  },
  session_expired: { title: "Signed out", message: "Your session ended. Sign in again to continue." },
  sso_failed: {
    title: "Sign-in with Okta failed",
    message: "Sign-in with Okta failed. Try again; if it keeps failing, ask an administrator to run `npm run sso:doctor`.",
  },
};

/**
 * What the login page says for an error code; {issuer} and {domain} are filled in by the caller.
 * `code` is the one to show: an unknown code (anyone can put one in a link) becomes sso_failed.
 */
export function describeLoginError(code: string, values: Record<string, string> = {}): LoginErrorText & { code: string } {
  const known = Object.hasOwn(MESSAGES, code) ? code : "sso_failed";
  const text = MESSAGES[known];
  const fill = (template: string) => template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? key);
  return { code: known, title: fill(text.title), message: fill(text.message) };
}
