import Link from "next/link";
import type { Overview as Figures } from "@/lib/overview/get-overview";
import { LazySignInChart } from "./lazy-sign-in-chart";
import { Card, cardClass, CardTitle } from "@/components/ui/card";

/** The admin landing page's figures: head counts, and whether SSO sign-ins are healthy. */
export function Overview({ counts, stats, computedAt, mfaRequiredForAdmins }: Figures & { mfaRequiredForAdmins: boolean }) {
  const tiles = [
    { label: "Active users", value: counts.active, href: "/admin/users?active=true" },
    { label: "Deactivated", value: counts.deactivated, href: "/admin/users?active=false" },
    { label: "Admins", value: counts.admins, href: "/admin/users?admin=true" },
    { label: "New this week", value: counts.createdThisWeek, href: "/admin/users" },
    { label: "Active sessions", value: counts.activeSessions, href: "/admin/sessions" },
  ];
  const succeeded = stats.days.reduce((sum, d) => sum + d.succeeded, 0);
  const refused = stats.days.reduce((sum, d) => sum + d.refused, 0);
  const mfaShare = stats.ssoSucceeded ? Math.round((stats.withMfa / stats.ssoSucceeded) * 100) : 0;
  const maxReason = stats.refusalReasons[0]?.count ?? 1;

  return (
    <div className="space-y-6">
      <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-5">
        {tiles.map((tile) => (
          <li key={tile.label}>
            <Link href={tile.href} className={cardClass("block hover:border-slate-400 dark:hover:border-slate-600")}>
              <span className="block text-sm text-slate-600 dark:text-slate-400">{tile.label}</span>
              <span className="mt-1 block text-2xl font-semibold" data-testid={`count-${tile.label.toLowerCase().replaceAll(" ", "-")}`}>
                {tile.value.toLocaleString("en")}
              </span>
            </Link>
          </li>
        ))}
      </ul>

      <Card as="section" aria-labelledby="sign-ins">
        <CardTitle id="sign-ins">Sign-ins, last 30 days</CardTitle>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400" data-testid="sign-in-summary">
          {succeeded.toLocaleString("en")} succeeded, {refused.toLocaleString("en")} refused.
        </p>
        <LazySignInChart days={stats.days} />
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer">Sign-ins per day as a table</summary>
          <table className="mt-2">
            <caption className="sr-only">Sign-ins per day</caption>
            <thead>
              <tr>
                <th scope="col" className="pr-4 text-left">
                  Day
                </th>
                <th scope="col" className="pr-4 text-right">
                  Succeeded
                </th>
                <th scope="col" className="text-right">
                  Refused
                </th>
              </tr>
            </thead>
            <tbody>
              {stats.days.map((d) => (
                <tr key={d.day}>
                  <td className="pr-4">{d.day}</td>
                  <td className="pr-4 text-right">{d.succeeded}</td>
                  <td className="text-right">{d.refused}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </Card>

      <div className="grid gap-6 md:grid-cols-2">
        <Card as="section" aria-labelledby="mfa">
          <CardTitle id="mfa">Okta sign-ins with MFA</CardTitle>
          <p className="mt-2 text-3xl font-semibold" data-testid="mfa-share">
            {mfaShare}%
          </p>
          <div className="mt-2 h-2 rounded bg-slate-200 dark:bg-slate-700" role="img" aria-label={`${mfaShare}% of Okta sign-ins used MFA`}>
            <div className="h-2 rounded bg-emerald-600" style={{ width: `${mfaShare}%` }} />
          </div>
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
            {stats.withMfa} of {stats.ssoSucceeded} successful Okta sign-ins in 30 days reported MFA in amr.
          </p>
          <p className="mt-2 text-sm" data-testid="mfa-policy">
            Policy:{" "}
            {mfaRequiredForAdmins
              ? "MFA required for the admin view (SSO_REQUIRE_MFA_FOR_ADMINS=true); admin sign-ins without it are asked to step up."
              : "MFA not required for the admin view (SSO_REQUIRE_MFA_FOR_ADMINS=false)."}
          </p>
        </Card>
        <Card as="section" aria-labelledby="reasons">
          <CardTitle id="reasons">Top refusal reasons</CardTitle>
          {stats.refusalReasons.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">No refused sign-ins in 30 days.</p>
          ) : (
            <ol className="mt-2 space-y-2 text-sm" data-testid="refusal-reasons">
              {stats.refusalReasons.map((r) => (
                <li key={r.reason}>
                  <div className="flex justify-between">
                    <Link href={`/admin/audit?outcome=failure`} className="font-mono hover:underline">
                      {r.reason}
                    </Link>
                    <span>{r.count}</span>
                  </div>
                  <div className="mt-1 h-1.5 rounded bg-rose-600" style={{ width: `${Math.max(4, (r.count / maxReason) * 100)}%` }} aria-hidden="true" />
                </li>
              ))}
            </ol>
          )}
        </Card>
      </div>
      <p className="text-xs text-slate-500 dark:text-slate-400" data-testid="figures-as-of">
        Figures as of {computedAt.toISOString().slice(11, 19)} UTC, recomputed at most once a minute.
      </p>
    </div>
  );
}
