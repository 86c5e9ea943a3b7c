import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";

/** The local admin sign-in (SSO_PRESERVE_ADMIN_AUTH); a plain form, so it works without JavaScript. */
export function PasswordForm({ callbackUrl }: { callbackUrl: string }) {
  return (
    <form method="post" action="/admin/login/password" className="space-y-3" aria-label="Sign in with email and password">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field label="Email">
        <Input id="email" name="email" type="email" autoComplete="username" required />
      </Field>
      <Field label="Password">
        <Input id="password" name="password" type="password" autoComplete="current-password" required />
      </Field>
      <Button type="submit" size="lg" className="w-full font-semibold">
        Sign in with password
      </Button>
    </form>
  );
}
