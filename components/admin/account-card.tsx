import type { UserDetail } from "@/lib/users/get-user-detail";
import { Card, CardTitle, Muted } from "@/components/ui/card";
import { formatDate } from "./format";
import { sourceLabel } from "./source-label";

/** Identity, groups and teams of one user: the account page and the admin's user page share it. */
export function AccountCard({ user, issuer }: { user: UserDetail; issuer: string | null }) {
  const okta = user.accounts.find((account) => account.provider === "okta");
  return (
    <Card as="section" aria-labelledby="identity">
      <CardTitle id="identity">Identity</CardTitle>
      <dl className="mt-4 grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
        <Muted as="dt">Email</Muted>
        <dd data-testid="user-email">{user.email}</dd>
        <Muted as="dt">Name</Muted>
        <dd data-testid="user-name">{user.name ?? "—"}</dd>
        <Muted as="dt">Sign-in</Muted>
        <dd>{user.authProvider === "local" ? "Local password" : "Okta"}</dd>
        <Muted as="dt">Okta user (sub)</Muted>
        <dd className="font-mono text-xs">{okta?.providerAccountId ?? "—"}</dd>
        <Muted as="dt">Issuer</Muted>
        <dd className="font-mono text-xs">{okta ? (issuer ?? "—") : "—"}</dd>
        <Muted as="dt">Role</Muted>
        <dd data-testid="user-role">{user.isAdmin ? `Portal admin${user.adminSource === "okta" ? " (from Okta group)" : ""}` : "User"}</dd>
        <Muted as="dt">Status</Muted>
        <dd data-testid="user-status">{user.isActive ? "Active" : "Deactivated"}</dd>
        <Muted as="dt">Created</Muted>
        <dd>{formatDate(user.createdAt)}</dd>
        <Muted as="dt">Last sign-in</Muted>
        <dd>
          {formatDate(user.lastLoginAt)}
          {user.lastLoginAt && <span data-testid="user-mfa"> · {user.lastLoginMfa ? "with MFA" : "without MFA"}</span>}
        </dd>
        <Muted as="dt">Okta groups</Muted>
        <dd data-testid="user-groups">{user.groups.length ? user.groups.join(", ") : "None"}</dd>
        <Muted as="dt">Teams</Muted>
        <dd data-testid="user-teams">
          {user.memberships.length === 0
            ? "None"
            : user.memberships.map((m) => (
                <span key={m.teamId} className="mr-3 inline-block">
                  {m.team.name}{" "}
                  <Muted as="span">
                    ({m.role}, {sourceLabel("membership", m.source)})
                  </Muted>
                </span>
              ))}
        </dd>
      </dl>
    </Card>
  );
}
