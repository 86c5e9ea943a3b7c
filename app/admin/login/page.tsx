import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginError } from "@/components/login/login-error";
import { OktaSignInButton } from "@/components/login/okta-sign-in-button";
import { PasswordForm } from "@/components/login/password-form";
import { Card, Muted } from "@/components/ui/card";
import { LogoMark } from "@/components/ui/logo-mark";
import { Callout } from "@/components/ui/notice";
import { getConfig } from "@/lib/config/get-config";
import { getCurrentSession } from "@/lib/sessions/get-current-session";
import { describeLoginError } from "@/lib/sso/describe-login-error";
import { listProviders } from "@/lib/sso/list-providers";
import { readLoginDetail } from "@/lib/sso/read-login-detail";
import { safeCallbackPath } from "@/lib/sso/safe-callback-path";

export const metadata: Metadata = { title: "Sign in" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Okta's predefined ACR value for "any two factors" (Identity Engine), with max_age=0 forcing a fresh sign-in. */
const MFA_STEP_UP = { acr_values: "urn:okta:loa:2fa:any", max_age: "0" };

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const config = getConfig();
  const callbackUrl = safeCallbackPath(params.callbackUrl, config.appUrl);
  if (await getCurrentSession()) redirect(callbackUrl);

  const ssoAvailable = listProviders(config).length > 0;
  const errorCode = first(params.error)?.slice(0, 64);
  // The IdP's words and the refused domain come only from the callback, sealed for this browser:
  // in the query string anyone could word them through a link.
  const detail = errorCode ? await readLoginDetail(errorCode) : {};
  // Sent here by the SSO callback (SSO_REQUIRE_MFA_FOR_ADMINS); a crafted link only asks Okta for a stronger sign-in.
  const stepUp = !errorCode && first(params.step_up) === "mfa";
  const loginHint = first(params.login_hint)?.slice(0, 256);
  const errorText = errorCode
    ? describeLoginError(errorCode, { issuer: config.sso.okta?.issuer ?? "(not configured)", domain: detail.domain ?? "this domain" })
    : null;

  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <Card className="w-full max-w-sm space-y-6 shadow-sm sm:p-8">
        <div className="flex flex-col items-center text-center">
          <LogoMark size={48} />
          <h1 className="mt-3 text-xl font-semibold">MCP Gateway Identity Portal</h1>
          <Muted className="mt-1">Sign in to manage who can reach your MCP Gateway.</Muted>
        </div>
        {errorText && <LoginError code={errorText.code} text={errorText} idpDescription={detail.description} />}
        {stepUp && (
          <Callout tone="warning">Portal admins sign in with multifactor authentication: Okta will ask you to sign in again with a second factor.</Callout>
        )}
        {ssoAvailable && (
          <OktaSignInButton
            callbackUrl={callbackUrl}
            autoStart={stepUp || (!errorText && first(params.sso) === "start")}
            authorizationParams={{ ...(loginHint ? { login_hint: loginHint } : {}), ...(stepUp ? MFA_STEP_UP : {}) }}
          />
        )}
        {ssoAvailable && config.passwordLogin.allowed && (
          <Muted as="div" className="flex items-center gap-3 text-xs tracking-wide uppercase">
            <span className="h-px flex-1 bg-slate-200 dark:bg-slate-800" />
            or, for the platform admin
            <span className="h-px flex-1 bg-slate-200 dark:bg-slate-800" />
          </Muted>
        )}
        {config.passwordLogin.allowed && <PasswordForm callbackUrl={callbackUrl} />}
        {!ssoAvailable && !config.passwordLogin.allowed && (
          <Callout tone="warning">No sign-in method is enabled. Set SSO_ENABLED=true with the Okta variables, or SSO_PRESERVE_ADMIN_AUTH=true.</Callout>
        )}
      </Card>
    </main>
  );
}
