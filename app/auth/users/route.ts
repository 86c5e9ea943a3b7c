import { route } from "@/lib/http/route";
import { ADMIN_API } from "@/lib/http/route-options";
import { listUsers } from "@/lib/users/list-users";
import { toApiUser } from "@/lib/users/to-api-user";
import { parseUserListQuery } from "@/lib/users/user-list-query";

export const dynamic = "force-dynamic";

/** GET /auth/users: the provisioned users, as the tutorial's `curl -H "Authorization: Bearer …"` shows. */
export const GET = route(ADMIN_API, async ({ request }) => {
  const query = parseUserListQuery(request.nextUrl.searchParams);
  const { users, nextCursor } = await listUsers(query);
  return Response.json({ users: users.map(toApiUser), next_cursor: nextCursor, limit: query.limit });
});
