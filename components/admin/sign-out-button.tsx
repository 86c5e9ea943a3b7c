/** A plain form POST: works without JavaScript and carries the Origin header the CSRF check needs. */
export function SignOutButton({ className = "" }: { className?: string }) {
  return (
    <form method="post" action="/admin/logout">
      <button type="submit" className={`rounded-md px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:hover:bg-slate-800 ${className}`}>
        Sign out
      </button>
    </form>
  );
}
