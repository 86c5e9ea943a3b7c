import { ConfirmButton } from "@/components/ui/confirm-button";
import { formatDate } from "./format";
import { ActionsTh, EmptyRow, Table, TBody, Td, Th } from "@/components/ui/table";

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
    <Table label="API tokens" caption="API tokens">
      <thead>
        <tr>
          <Th>Name</Th>
          <Th>Prefix</Th>
          <Th>Kind</Th>
          <Th>Acts as</Th>
          <Th>Created</Th>
          <Th>Expires</Th>
          <Th>Last used</Th>
          <Th>Status</Th>
          <ActionsTh />
        </tr>
      </thead>
      <TBody>
        {tokens.length === 0 && <EmptyRow colSpan={9}>No tokens yet.</EmptyRow>}
        {tokens.map((token) => {
          const label = status(token, now);
          return (
            <tr key={token.id} data-testid="token-row">
              <Td>{token.name}</Td>
              <Td className="font-mono text-xs">{token.prefix}…</Td>
              <Td>{token.kind === "scim" ? "SCIM" : "API"}</Td>
              <Td>{token.user?.email ?? "—"}</Td>
              <Td className="whitespace-nowrap">{formatDate(token.createdAt)}</Td>
              <Td className="whitespace-nowrap">{token.expiresAt ? formatDate(token.expiresAt) : "Never"}</Td>
              <Td className="whitespace-nowrap" data-testid="token-last-used">
                {token.lastUsedAt ? formatDate(token.lastUsedAt) : "Never"}
              </Td>
              <Td className={`${label === "Active" ? "" : "text-red-700 dark:text-red-400"}`} data-testid="token-status">
                {label}
              </Td>
              <Td className="text-right">
                {label === "Active" && (
                  <form action={revokeAction}>
                    <input type="hidden" name="tokenId" value={token.id} />
                    <ConfirmButton label={`Revoke ${token.name}`} confirmLabel={`Confirm revoke ${token.name}`} danger />
                  </form>
                )}
              </Td>
            </tr>
          );
        })}
      </TBody>
    </Table>
  );
}
