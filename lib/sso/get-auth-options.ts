import type { AuthOptions } from "next-auth";
import { getConfig } from "@/lib/config/get-config";
import { log } from "@/lib/log/logger";
import { requestContext } from "@/lib/request/request-context";
import { getSessionSecret } from "@/lib/sessions/get-session-secret";
import { createAdapter } from "./create-adapter";
import { discoverIssuer, type IssuerMetadata } from "./discover-issuer";
import { oktaProvider } from "./okta-provider";
import { safeCallbackPath } from "./safe-callback-path";
import { admitSsoUser } from "./admit-sso-user";

let cached: AuthOptions | undefined;
let withProvider: { discovery: IssuerMetadata | Error; options: AuthOptions } | undefined;
// openid-client's default, which bounded next-auth's own discovery before: a slow issuer fails the sign-in fast.
const DISCOVERY_TIMEOUT_MS = 3_500;

/**
 * next-auth options for the portal: built once per process (the secret may come from the
 * database), with the Okta provider rebuilt only when the cached discovery document changes.
 * `discover: false` for requests that never reach the issuer (CSRF token, session, sign-out), so
 * an unreachable issuer doesn't hold them up.
 */
export async function getAuthOptions({ discover = true } = {}): Promise<AuthOptions> {
  const base = cached ?? (cached = await buildOptions());
  const okta = getConfig().sso.okta;
  if (!okta) return base;
  if (!discover) return withProvider?.options ?? base;
  const discovery = await discoverIssuer(okta.issuer, { timeoutMs: DISCOVERY_TIMEOUT_MS }).catch((error: Error) => {
    log.warn("sso.discovery_failed", { issuer: okta.issuer, reason: error.message });
    // The discovery error says why (a 404 is "no such authorization server"); next-auth would only report missing endpoints.
    const context = requestContext();
    if (context && !context.ssoError) context.ssoError = { code: "SIGNIN_OAUTH_ERROR", detail: error.message };
    return error;
  });
  if (withProvider?.discovery !== discovery) withProvider = { discovery, options: { ...base, providers: [oktaProvider(okta, discovery)] } };
  return withProvider.options;
}

async function buildOptions(): Promise<AuthOptions> {
  const config = getConfig();
  const okta = config.sso.okta;
  const appUrl = config.appUrl;
  // next-auth v4 builds every URL, the redirect URI included, from NEXTAUTH_URL.
  process.env.NEXTAUTH_URL = `${appUrl}/auth/sso`;

  return {
    secret: await getSessionSecret(),
    adapter: createAdapter(),
    providers: [],
    session: { strategy: "database", maxAge: config.sessions.maxAgeSeconds, updateAge: config.sessions.maxAgeSeconds },
    useSecureCookies: config.secureCookies,
    // GET /auth/sso/signout would show next-auth's own confirmation page: My account has the Sign out button.
    pages: { signIn: "/admin/login", error: "/admin/login", signOut: "/admin/account" },
    callbacks: {
      // Policy and provisioning happen here, before next-auth writes anything.
      async signIn({ account, profile }) {
        return okta ? admitSsoUser(config, okta, profile, account) : false;
      },
      // Only same-origin destinations: an open redirect after login is a phishing tool.
      redirect({ url }) {
        return safeCallbackPath(url, appUrl);
      },
    },
    logger: {
      error(code, metadata) {
        // next-auth passes either the Error or { error, providerId, message } to a custom logger.
        const meta = metadata as { error?: unknown; message?: string } | Error | undefined;
        const message = meta instanceof Error ? meta.message : meta?.error instanceof Error ? meta.error.message : meta?.message;
        log.error("sso.error", { code, message });
        const context = requestContext();
        if (context && !context.ssoError) context.ssoError = { code, detail: message };
      },
      warn(code) {
        log.warn("sso.warning", { code });
      },
      debug(code) {
        log.debug("sso.debug", { code });
      },
    },
  };
}
