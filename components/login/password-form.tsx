/** The local admin sign-in (SSO_PRESERVE_ADMIN_AUTH); a plain form, so it works without JavaScript. */
export function PasswordForm({ callbackUrl }: { callbackUrl: string }) {
  const input =
    "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-blue-600 focus:outline-none focus:ring-1 focus:ring-blue-600 dark:border-slate-700 dark:bg-slate-950";
  return (
    <form method="post" action="/admin/login/password" className="space-y-3" aria-label="Sign in with email and password">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <label className="block text-sm font-medium">
        Email
        <input id="email" name="email" type="email" autoComplete="username" required className={input} />
      </label>
      <label className="block text-sm font-medium">
        Password
        <input id="password" name="password" type="password" autoComplete="current-password" required className={input} />
      </label>
      <button
        type="submit"
        className="w-full rounded-md border border-slate-300 px-4 py-2 text-sm font-semibold hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-slate-700 dark:hover:bg-slate-800"
      >
        Sign in with password
      </button>
    </form>
  );
}
