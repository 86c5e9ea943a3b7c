import type { Metadata } from "next";
import { Notice } from "@/components/ui/notice";
import { Pager } from "@/components/admin/pager";
import { TokenForm } from "@/components/admin/token-form";
import { Card, CardTitle, Muted } from "@/components/ui/card";
import { TokensTable } from "@/components/admin/tokens-table";
import { toSearchParams } from "@/lib/http/search-params";
import { requireAdmin } from "@/lib/sessions/require-session";
import { listApiTokens } from "@/lib/tokens/list-api-tokens";
import { pageCursor } from "../page-cursor";
import { createTokenAction, revokeTokenAction } from "./actions";

export const metadata: Metadata = { title: "API tokens" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function TokensPage({ searchParams }: { searchParams: SearchParams }) {
  await requireAdmin("/admin/tokens");
  const search = toSearchParams(await searchParams);
  const { cursor, notice, error } = await pageCursor(search, "created", "date");
  const { tokens, nextCursor } = await listApiTokens(cursor);

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">API tokens</h1>
      <Notice notice={notice} error={error} />
      <Card as="section" aria-labelledby="create-token">
        <CardTitle id="create-token">Create a token</CardTitle>
        <Muted className="mt-1 mb-3">
          A token acts as you on the admin API: send it as <code>Authorization: Bearer …</code>. It stops working when it expires, when it is revoked, or when
          you are deactivated.
        </Muted>
        <TokenForm kind="api" action={createTokenAction} />
      </Card>
      <TokensTable tokens={tokens} revokeAction={revokeTokenAction} now={requestTime()} />
      <Pager path="/admin/tokens" params={search} nextCursor={nextCursor} />
    </div>
  );
}

// The page is rendered per request; its "expired" labels are as of this request.
function requestTime(): number {
  return Date.now();
}
