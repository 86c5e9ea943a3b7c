import { route } from "@/lib/http/route";
import { ADMIN_API } from "@/lib/http/route-options";
import { streamCsv, type CsvColumn } from "@/lib/http/stream-csv";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { ListedUser } from "@/lib/users/list-users";
import { parseUserListQuery } from "@/lib/users/user-list-query";
import { userPages } from "@/lib/users/user-pages";

const COLUMNS: CsvColumn<ListedUser>[] = [
  { header: "id", value: (u) => u.id },
  { header: "email", value: (u) => u.email },
  { header: "name", value: (u) => u.name },
  { header: "auth_provider", value: (u) => u.authProvider },
  { header: "is_admin", value: (u) => u.isAdmin },
  { header: "is_active", value: (u) => u.isActive },
  { header: "okta_groups", value: (u) => (JSON.parse(u.oktaGroups) as string[]).join("; ") },
  { header: "teams", value: (u) => u.memberships.map((m) => m.team.name).join("; ") },
  { header: "created_at", value: (u) => u.createdAt },
  { header: "last_login", value: (u) => u.lastLoginAt },
  { header: "last_login_mfa", value: (u) => u.lastLoginMfa },
];

/** GET /admin/users/export with the Users page's filters: the filtered users as CSV, streamed. */
export const GET = route(ADMIN_API, async ({ request, caller: principal }) => {
  const params = new URLSearchParams(request.nextUrl.searchParams);
  params.delete("cursor");
  params.delete("limit");
  const query = parseUserListQuery(params);
  await recordAuditEvent({
    type: "users.exported",
    outcome: "success",
    actor: principal.user,
    details: { filters: Object.fromEntries(params), via: principal.via },
  });
  return streamCsv(`users-${new Date().toISOString().slice(0, 10)}.csv`, COLUMNS, userPages(query));
});
