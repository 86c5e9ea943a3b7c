import type { Metadata } from "next";
import { Notice } from "@/components/ui/notice";
import { Pager } from "@/components/admin/pager";
import { SessionsTable } from "@/components/admin/sessions-table";
import { Muted } from "@/components/ui/card";
import { toSearchParams } from "@/lib/http/search-params";
import { getConfig } from "@/lib/config/get-config";
import { listActiveSessions } from "@/lib/sessions/list-active-sessions";
import { requireAdmin } from "@/lib/sessions/require-session";
import { pageCursor } from "../page-cursor";
import { revokeSessionAction, revokeUserSessionsAction } from "./actions";

export const metadata: Metadata = { title: "Sessions" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const hours = (seconds: number) => (seconds % 3600 === 0 ? `${seconds / 3600} h` : `${seconds / 60} min`);

export default async function SessionsPage({ searchParams }: { searchParams: SearchParams }) {
  await requireAdmin("/admin/sessions");
  const search = toSearchParams(await searchParams);
  const { cursor, notice, error } = await pageCursor(search, "created", "date");
  const { sessions, nextCursor } = await listActiveSessions(cursor);
  const { idleTimeoutSeconds, maxAgeSeconds } = getConfig().sessions;

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Sessions</h1>
      <Notice notice={notice} error={error} />
      <Muted data-testid="session-lifetimes">
        A session ends after {hours(idleTimeoutSeconds)} without use (SESSION_IDLE_TIMEOUT_MINUTES) and {hours(maxAgeSeconds)} after sign-in
        (SESSION_MAX_AGE_HOURS). Revoking one refuses its next request.
      </Muted>
      <SessionsTable sessions={sessions} revokeOne={revokeSessionAction} revokeAll={revokeUserSessionsAction} />
      <Pager path="/admin/sessions" params={search} nextCursor={nextCursor} />
    </div>
  );
}
