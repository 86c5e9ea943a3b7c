import { Callout } from "@/components/ui/notice";
import type { LoginErrorText } from "@/lib/sso/describe-login-error";

/** The reason a sign-in failed; the IdP's own description is rendered as text (React escapes it). */
export function LoginError({ code, text, idpDescription }: { code: string; text: LoginErrorText; idpDescription?: string }) {
  return (
    <Callout tone="error" data-testid="login-error" data-error-code={code}>
      <p className="font-semibold">{text.title}</p>
      {idpDescription && <p className="mt-1">Okta said: “{idpDescription}”</p>}
      <p className="mt-1">{text.message}</p>
      <p className="mt-1 text-xs opacity-75">Error code: {code}</p>
    </Callout>
  );
}
