import type { UserDetail } from "@/lib/users/get-user-detail";
import { formatDate } from "./format";
import { sourceLabel } from "./source-label";

/** Identity, groups and teams of one user: the account page and the admin's user page share it. */
export function AccountCard({ user, issuer }: { user: UserDetail; issuer: string | null }) {
  const okta = user.accounts.find((account) => account.provider === "okta");
  const term = "text-slate-500 dark:text-slate-400";
  return (
    <section aria-labelledby="identity" className="rounded-xl border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900">
      <h2 id="identity" className="text-lg font-medium">Identity</h2>
      <dl className="mt-4 grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className={term}>Email</dt>
        <dd data-testid="user-email">{user.email}</dd>
        <dt className={term}>Name</dt>
        <dd data-testid="user-name">{user.name ?? "—"}</dd>
        <dt className={term}>Sign-in</dt>
        <dd>{user.authProvider === "local" ? "Local password" : "Okta"}</dd>
        <dt className={term}>Okta user (sub)</dt>
        <dd className="font-mono text-xs">{okta?.providerAccountId ?? "—"}</dd>
        <dt className={term}>Issuer</dt>
        <dd className="font-mono text-xs">{okta ? (issuer ?? "—") : "—"}</dd>
        <dt className={term}>Role</dt>
        <dd data-testid="user-role">{user.isAdmin ? `Portal admin${user.adminSource === "okta" ? " (from Okta group)" : ""}` : "User"}</dd>
        <dt className={term}>Status</dt>
        <dd data-testid="user-status">{user.isActive ? "Active" : "Deactivated"}</dd>
        <dt className={term}>Created</dt>
        <dd>{formatDate(user.createdAt)}</dd>
        <dt className={term}>Last sign-in</dt>
        <dd>
          {formatDate(user.lastLoginAt)}
          {user.lastLoginAt && <span data-testid="user-mfa"> · {user.lastLoginMfa ? "with MFA" : "without MFA"}</span>}
        </dd>
        <dt className={term}>Okta groups</dt>
        <dd data-testid="user-groups">{user.groups.length ? user.groups.join(", ") : "None"}</dd>
        <dt className={term}>Teams</dt>
        <dd data-testid="user-teams">
          {user.memberships.length === 0
            ? "None"
            : user.memberships.map((m) => (
                <span key={m.teamId} className="mr-3 inline-block">
                  {m.team.name} <span className={term}>({m.role}, {sourceLabel("membership", m.source)})</span>
                </span>
              ))}
        </dd>
      </dl>
    </section>
  );
}
