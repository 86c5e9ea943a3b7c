import type { AuthOptions } from "next-auth";
import { getConfig } from "@/lib/config/get-config";
import { log } from "@/lib/log/logger";
import { requestContext } from "@/lib/request/request-context";
import { getSessionSecret } from "@/lib/sessions/get-session-secret";
import { createAdapter } from "./create-adapter";
import { oktaProvider } from "./okta-provider";
import { safeCallbackPath } from "./safe-callback-path";
import { admitSsoUser } from "./admit-sso-user";

let cached: AuthOptions | undefined;

/** next-auth options for the portal, built once per process (the secret may come from the database). */
export async function getAuthOptions(): Promise<AuthOptions> {
  if (cached) return cached;
  const config = getConfig();
  const okta = config.sso.okta;
  const appUrl = config.appUrl;
  // next-auth v4 builds every URL, the redirect URI included, from NEXTAUTH_URL.
  process.env.NEXTAUTH_URL = `${appUrl}/auth/sso`;

  cached = {
    secret: await getSessionSecret(),
    adapter: createAdapter(),
    providers: okta ? [oktaProvider(okta)] : [],
    session: { strategy: "database", maxAge: config.sessions.maxAgeSeconds, updateAge: config.sessions.maxAgeSeconds },
    useSecureCookies: config.secureCookies,
    pages: { signIn: "/admin/login", error: "/admin/login" },
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
  return cached;
}
