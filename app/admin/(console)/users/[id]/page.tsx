import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccountCard } from "@/components/admin/account-card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { EventsList } from "@/components/admin/events-list";
import { formatDate } from "@/components/admin/format";
import { Notice } from "@/components/ui/notice";
import { listRecentEvents } from "@/lib/audit/list-recent-events";
import { getConfig } from "@/lib/config/get-config";
import { toSearchParams } from "@/lib/http/search-params";
import { openNotice } from "@/lib/sessions/open-notice";
import { requireAdmin } from "@/lib/sessions/require-session";
import { getUserDetail } from "@/lib/users/get-user-detail";
import { deleteUserAction, revokeUserSessionAction, setActiveAction, setAdminAction } from "../actions";
import { Card, CardTitle, Muted } from "@/components/ui/card";

export const metadata: Metadata = { title: "User" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UserPage({ params, searchParams }: Props) {
  const { id } = await params;
  const session = await requireAdmin(`/admin/users/${id}`);
  const [user, events, { notice, error }] = await Promise.all([
    getUserDetail(id),
    listRecentEvents(id),
    searchParams.then((raw) => openNotice(toSearchParams(raw))),
  ]);
  if (!user) notFound();
  const self = user.id === session.user.id;

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{user.email}</h1>
      <Notice notice={notice} error={error} />
      <AccountCard user={user} issuer={getConfig().sso.okta?.issuer ?? null} />

      {!self && (
        <Card as="section" aria-labelledby="actions">
          <CardTitle id="actions">Actions</CardTitle>
          <div className="mt-3 flex flex-wrap gap-3">
            <form action={setActiveAction}>
              <input type="hidden" name="userId" value={user.id} />
              <input type="hidden" name="active" value={String(!user.isActive)} />
              {user.isActive ? (
                <ConfirmButton label="Deactivate" confirmLabel="Confirm deactivate" danger />
              ) : (
                <ConfirmButton label="Reactivate" confirmLabel="Confirm reactivate" />
              )}
            </form>
            <form action={setAdminAction}>
              <input type="hidden" name="userId" value={user.id} />
              <input type="hidden" name="admin" value={String(!user.isAdmin)} />
              {user.isAdmin ? (
                <ConfirmButton label="Revoke admin" confirmLabel="Confirm revoke admin" danger />
              ) : (
                <ConfirmButton label="Grant admin" confirmLabel="Confirm grant admin" />
              )}
            </form>
            <form action={deleteUserAction}>
              <input type="hidden" name="userId" value={user.id} />
              <ConfirmButton label="Delete user" confirmLabel="Confirm delete" danger />
            </form>
          </div>
        </Card>
      )}

      <Card as="section" aria-labelledby="sessions">
        <CardTitle id="sessions">Active sessions</CardTitle>
        {user.sessions.length === 0 ? (
          <Muted className="mt-2">No active sessions.</Muted>
        ) : (
          <ul className="mt-2 divide-y divide-slate-100 text-sm dark:divide-slate-800">
            {user.sessions.map((s) => (
              <li key={s.id} data-testid="session-row" className="flex flex-wrap items-center gap-x-4 py-2">
                <span>{s.provider === "local" ? "Password" : "Okta"}</span>
                <span>signed in {formatDate(s.createdAt)}</span>
                <span>last seen {formatDate(s.lastSeenAt)}</span>
                <Muted as="span">{s.ip ?? "unknown IP"}</Muted>
                <Muted as="span" className="max-w-xs truncate" title={s.userAgent ?? ""}>
                  {s.userAgent ?? ""}
                </Muted>
                <form action={revokeUserSessionAction} className="ml-auto">
                  <input type="hidden" name="userId" value={user.id} />
                  <input type="hidden" name="sessionId" value={s.id} />
                  <ConfirmButton label="Revoke" confirmLabel="Confirm revoke" danger />
                </form>
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card as="section" aria-labelledby="events">
        <CardTitle id="events">Recent events</CardTitle>
        <div className="mt-2">
          <EventsList events={events} />
        </div>
      </Card>
    </div>
  );
}
