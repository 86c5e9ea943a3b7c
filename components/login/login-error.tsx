import type { LoginErrorText } from "@/lib/sso/describe-login-error";

/** The reason a sign-in failed; the IdP's own description is rendered as text (React escapes it). */
export function LoginError({ code, text, idpDescription }: { code: string; text: LoginErrorText; idpDescription?: string }) {
  return (
    <div role="alert" data-testid="login-error" data-error-code={code} className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200">
      <p className="font-semibold">{text.title}</p>
      {idpDescription && <p className="mt-1">Okta said: “{idpDescription}”</p>}
      <p className="mt-1">{text.message}</p>
      <p className="mt-1 text-xs opacity-75">Error code: {code}</p>
    </div>
  );
}
