import { ConfirmButton } from "./confirm-button";
import { formatDate } from "./format";
import { muted, table, tbody, td, th } from "./styles";
import { TableRegion } from "./table-region";

interface TokenRow {
  id: string;
  name: string;
  kind: string;
  prefix: string;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  user: { email: string } | null;
}

function status(token: TokenRow, now: number) {
  if (token.revokedAt) return `Revoked ${formatDate(token.revokedAt)}`;
  if (token.expiresAt && token.expiresAt.getTime() <= now) return "Expired";
  return "Active";
}

/** API and SCIM tokens: the prefix identifies one, never the secret; live tokens can be revoked. */
export function TokensTable({ tokens, revokeAction, now }: { tokens: TokenRow[]; revokeAction: (form: FormData) => Promise<void>; now: number }) {
  return (
    <TableRegion label="API tokens">
      <table className={table}>
        <caption className="sr-only">API tokens</caption>
        <thead>
          <tr>
            <th scope="col" className={th}>Name</th>
            <th scope="col" className={th}>Prefix</th>
            <th scope="col" className={th}>Kind</th>
            <th scope="col" className={th}>Acts as</th>
            <th scope="col" className={th}>Created</th>
            <th scope="col" className={th}>Expires</th>
            <th scope="col" className={th}>Last used</th>
            <th scope="col" className={th}>Status</th>
            <th scope="col" className={th}><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody className={tbody}>
          {tokens.length === 0 && (
            <tr>
              <td colSpan={9} className={`${td} py-6 text-center ${muted}`}>No tokens yet.</td>
            </tr>
          )}
          {tokens.map((token) => {
            const label = status(token, now);
            return (
              <tr key={token.id} data-testid="token-row">
                <td className={td}>{token.name}</td>
                <td className={`${td} font-mono text-xs`}>{token.prefix}…</td>
                <td className={td}>{token.kind === "scim" ? "SCIM" : "API"}</td>
                <td className={td}>{token.user?.email ?? "—"}</td>
                <td className={`${td} whitespace-nowrap`}>{formatDate(token.createdAt)}</td>
                <td className={`${td} whitespace-nowrap`}>{token.expiresAt ? formatDate(token.expiresAt) : "Never"}</td>
                <td className={`${td} whitespace-nowrap`} data-testid="token-last-used">{token.lastUsedAt ? formatDate(token.lastUsedAt) : "Never"}</td>
                <td className={`${td} ${label === "Active" ? "" : "text-red-700 dark:text-red-400"}`} data-testid="token-status">{label}</td>
                <td className={`${td} text-right`}>
                  {label === "Active" && (
                    <form action={revokeAction}>
                      <input type="hidden" name="tokenId" value={token.id} />
                      <ConfirmButton label={`Revoke ${token.name}`} confirmLabel={`Confirm revoke ${token.name}`} danger />
                    </form>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableRegion>
  );
}
