import type { Metadata } from "next";
import { GroupsClaimNotice } from "@/components/admin/groups-claim-notice";
import { Suspense } from "react";
import { Overview } from "@/components/admin/overview";
import { OverviewSkeleton } from "@/components/admin/overview-skeleton";
import { getConfig } from "@/lib/config/get-config";
import { getOverview } from "@/lib/overview/get-overview";
import { requireSession } from "@/lib/sessions/require-session";
import AccountPage from "./account/page";

export const metadata: Metadata = { title: "Dashboard" };

/**
 * Admins land on the overview; everyone else on their own account. Who is signed in renders at
 * once (with the layout's navigation); the figures stream in after it.
 */
export default async function DashboardPage() {
  const session = await requireSession("/admin");
  if (!session.user.isAdmin) return <AccountPage />;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Overview</h1>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Signed in as <span data-testid="user-email">{session.user.email}</span> (<span data-testid="user-name">{session.user.name ?? "no name"}</span>) · Okta
        groups: <span data-testid="user-groups">{session.user.groups.join(", ") || "none"}</span> ·{" "}
        <a href="/admin/account" className="underline">
          My account
        </a>
      </p>
      <Suspense fallback={null}>
        <GroupsClaimNotice />
      </Suspense>
      <Suspense fallback={<OverviewSkeleton />}>
        <OverviewFigures />
      </Suspense>
    </div>
  );
}

async function OverviewFigures() {
  return <Overview {...await getOverview()} mfaRequiredForAdmins={getConfig().sso.requireMfaForAdmins} />;
}
