import type { Metadata } from "next";
import { ConfirmButton } from "@/components/admin/confirm-button";
import { formatDate } from "@/components/admin/format";
import { Notice } from "@/components/admin/notice";
import { card } from "@/components/admin/styles";
import { ScimTokenForm } from "@/components/admin/scim-token-form";
import { getConfig } from "@/lib/config/get-config";
import { toSearchParams } from "@/lib/http/search-params";
import { openNotice } from "@/lib/sessions/open-notice";
import { requireAdmin } from "@/lib/sessions/require-session";
import { listScimTokens } from "@/lib/tokens/list-scim-tokens";
import { createScimTokenAction, revokeScimTokenAction, syncOktaAction } from "./actions";

export const metadata: Metadata = { title: "Settings" };

const muted = "text-slate-500 dark:text-slate-400";

export default async function SettingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAdmin("/admin/settings");
  const [tokens, { notice, error }] = await Promise.all([listScimTokens(), searchParams.then((raw) => openNotice(toSearchParams(raw)))]);
  const config = getConfig();
  const { sso } = config;
  const mapping = Object.values(sso.groupMapping).map((target) => `${target.group} → ${target.teamId} (${target.role})`);
  // Read-only: what the environment configures. Secrets (client secret, API token) are never shown.
  const ssoRows: [string, string][] = [
    ["SSO", sso.enabled ? (sso.okta ? "Okta enabled" : "Okta disabled") : "Disabled"],
    ["Issuer", sso.okta?.issuer ?? "—"],
    ["Client ID", sso.okta?.clientId ?? "—"],
    ["Scope", sso.okta?.scope ?? "—"],
    ["Trusted domains", sso.trustedDomains.join(", ") || "Any domain"],
    ["Group mapping", mapping.join("; ") || "None"],
    ["Admin groups", sso.adminGroups.join(", ") || "None"],
    ["Create users on first sign-in", sso.autoCreateUsers ? "Yes" : "No"],
  ];

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Settings</h1>
      <Notice notice={notice} error={error} />

      <section aria-labelledby="sso" className={card}>
        <h2 id="sso" className="text-lg font-medium">Okta SSO</h2>
        <p className={`mt-1 text-sm ${muted}`}>Set by environment variables (see .env.example); restart the portal to change them.</p>
        <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
          {ssoRows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium">{label}</dt>
              <dd className="break-all">{value}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="scim" className={card}>
        <h2 id="scim" className="text-lg font-medium">SCIM provisioning tokens</h2>
        <p className={`mt-1 text-sm ${muted}`}>
          Okta&apos;s SCIM connector base URL is <code>{config.appUrl}/scim/v2</code>, with a token from here as the HTTP Header.
        </p>
        <div className="mt-3">
          <ScimTokenForm action={createScimTokenAction} />
        </div>
        {tokens.length === 0 ? (
          <p className={`mt-3 text-sm ${muted}`}>No SCIM tokens yet.</p>
        ) : (
          <table className="mt-4 w-full text-left text-sm">
            <thead className={muted}>
              <tr>
                <th className="py-1 font-medium">Name</th>
                <th className="py-1 font-medium">Prefix</th>
                <th className="py-1 font-medium">Created</th>
                <th className="py-1 font-medium">Last used</th>
                <th className="py-1 font-medium">Expires</th>
                <th className="py-1 font-medium">Status</th>
                <th />
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {tokens.map((token) => (
                <tr key={token.id} data-testid="scim-token-row">
                  <td className="py-2">{token.name}</td>
                  <td className="py-2 font-mono">{token.prefix}…</td>
                  <td className="py-2">{formatDate(token.createdAt)}</td>
                  <td className="py-2">{formatDate(token.lastUsedAt)}</td>
                  <td className="py-2" data-testid="scim-token-expires">{token.expiresAt ? formatDate(token.expiresAt) : "Never"}</td>
                  <td className="py-2">{token.revokedAt ? `Revoked ${formatDate(token.revokedAt)}` : token.expiresAt && token.expiresAt.getTime() <= Date.now() ? "Expired" : "Active"}</td>
                  <td className="py-2 text-right">
                    {!token.revokedAt && (
                      <form action={revokeScimTokenAction}>
                        <input type="hidden" name="tokenId" value={token.id} />
                        <ConfirmButton label="Revoke" confirmLabel="Confirm revoke" danger />
                      </form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="sync" className={card}>
        <h2 id="sync" className="text-lg font-medium">Okta directory sync</h2>
        <p className={`mt-1 text-sm ${muted}`}>
          {config.oktaApi
            ? `Reads every active Okta user's groups and status from ${config.oktaApi.baseUrl}/api/v1/users, updates their Okta team memberships through the group mapping, and deactivates users Okta deprovisioned.`
            : "Off: set OKTA_API_TOKEN (an Okta API token from Security → API → Tokens) and restart the portal to enable it. SCIM provisioning works without it."}
        </p>
        <form action={syncOktaAction} className="mt-3">
          <button type="submit" disabled={!config.oktaApi} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-800">
            Sync now
          </button>
        </form>
      </section>
    </div>
  );
}
