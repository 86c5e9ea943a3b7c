import type { Metadata } from "next";
import { GroupsClaimNotice } from "@/components/admin/groups-claim-notice";
import { Overview } from "@/components/admin/overview";
import { getSignInStats } from "@/lib/audit/get-sign-in-stats";
import { requireSession } from "@/lib/sessions/require-session";
import { countUsers } from "@/lib/users/count-users";
import AccountPage from "./account/page";

export const metadata: Metadata = { title: "Dashboard" };

/** Admins land on the overview; everyone else on their own account. */
export default async function DashboardPage() {
  const session = await requireSession("/admin");
  if (session.user.isAdmin) {
    const [counts, stats] = await Promise.all([countUsers(), getSignInStats()]);
    return (
      <div className="space-y-6">
        <h1 className="text-2xl font-semibold">Overview</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Signed in as <span data-testid="user-email">{session.user.email}</span> (<span data-testid="user-name">{session.user.name ?? "no name"}</span>) · Okta groups:{" "}
          <span data-testid="user-groups">{session.user.groups.join(", ") || "none"}</span> · <a href="/admin/account" className="underline">My account</a>
        </p>
        <GroupsClaimNotice />
        <Overview counts={counts} stats={stats} />
      </div>
    );
  }
  return <AccountPage />;
}
