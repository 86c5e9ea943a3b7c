import type { Metadata } from "next";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { formatDate } from "@/components/admin/format";
import { Notice } from "@/components/ui/notice";
import { TokenForm } from "@/components/admin/token-form";
import { buttonClass } from "@/components/ui/button";
import { Card, CardTitle, Muted } from "@/components/ui/card";
import { ActionsTh, Table, TBody, Td, Th } from "@/components/ui/table";
import { getConfig } from "@/lib/config/get-config";
import { toSearchParams } from "@/lib/http/search-params";
import { openNotice } from "@/lib/sessions/open-notice";
import { requireAdmin } from "@/lib/sessions/require-session";
import { listScimTokens } from "@/lib/tokens/list-scim-tokens";
import { createScimTokenAction, revokeScimTokenAction, syncOktaAction } from "./actions";

export const metadata: Metadata = { title: "Settings" };

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

      <Card as="section" aria-labelledby="sso">
        <CardTitle id="sso">Okta SSO</CardTitle>
        <Muted className="mt-1">Set by environment variables (see .env.example); restart the portal to change them.</Muted>
        <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
          {ssoRows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium">{label}</dt>
              <dd className="break-all">{value}</dd>
            </div>
          ))}
        </dl>
      </Card>

      <Card as="section" aria-labelledby="scim">
        <CardTitle id="scim">SCIM provisioning tokens</CardTitle>
        <Muted className="mt-1">
          Okta&apos;s SCIM connector base URL is <code>{config.appUrl}/scim/v2</code>, with a token from here as the HTTP Header.
        </Muted>
        <div className="mt-3">
          <TokenForm kind="scim" action={createScimTokenAction} />
        </div>
        {tokens.length === 0 ? (
          <Muted className="mt-3">No SCIM tokens yet.</Muted>
        ) : (
          <div className="mt-4">
            <Table label="SCIM tokens" caption="SCIM tokens">
              <thead>
                <tr>
                  <Th>Name</Th>
                  <Th>Prefix</Th>
                  <Th>Created</Th>
                  <Th>Last used</Th>
                  <Th>Expires</Th>
                  <Th>Status</Th>
                  <ActionsTh />
                </tr>
              </thead>
              <TBody>
                {tokens.map((token) => (
                  <tr key={token.id} data-testid="scim-token-row">
                    <Td>{token.name}</Td>
                    <Td className="font-mono">{token.prefix}…</Td>
                    <Td>{formatDate(token.createdAt)}</Td>
                    <Td>{formatDate(token.lastUsedAt)}</Td>
                    <Td data-testid="scim-token-expires">{token.expiresAt ? formatDate(token.expiresAt) : "Never"}</Td>
                    <Td>{token.revokedAt ? `Revoked ${formatDate(token.revokedAt)}` : isExpired(token.expiresAt) ? "Expired" : "Active"}</Td>
                    <Td className="text-right">
                      {!token.revokedAt && (
                        <form action={revokeScimTokenAction}>
                          <input type="hidden" name="tokenId" value={token.id} />
                          <ConfirmButton label="Revoke" confirmLabel="Confirm revoke" danger />
                        </form>
                      )}
                    </Td>
                  </tr>
                ))}
              </TBody>
            </Table>
          </div>
        )}
      </Card>

      <Card as="section" aria-labelledby="sync">
        <CardTitle id="sync">Okta directory sync</CardTitle>
        <Muted className="mt-1">
          {config.oktaApi
            ? `Reads every active Okta user's groups and status from ${config.oktaApi.baseUrl}/api/v1/users, updates their Okta team memberships through the group mapping, and deactivates users Okta deprovisioned.`
            : "Off: set OKTA_API_TOKEN (an Okta API token from Security → API → Tokens) and restart the portal to enable it. SCIM provisioning works without it."}
        </Muted>
        <form action={syncOktaAction} className="mt-3">
          <button type="submit" disabled={!config.oktaApi} className={buttonClass("secondary", "disabled:cursor-not-allowed")}>
            Sync now
          </button>
        </form>
      </Card>
    </div>
  );
}

// A request-time check (the page is rendered per request), kept out of the component body.
function isExpired(expiresAt: Date | null): boolean {
  return expiresAt !== null && expiresAt.getTime() <= Date.now();
}
