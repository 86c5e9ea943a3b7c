import { listScimUsers } from "@/lib/scim/list-scim-users";
import { parseListQuery } from "@/lib/scim/parse-list-query";
import { parseScimUser } from "@/lib/scim/parse-scim-user";
import { readScimBody } from "@/lib/scim/read-scim-body";
import { saveScimUser } from "@/lib/scim/save-scim-user";
import { scimJson } from "@/lib/scim/scim-json";
import { scimMethodNotAllowed } from "@/lib/scim/scim-method-not-allowed";
import { route } from "@/lib/http/route";
import { SCIM_API } from "@/lib/http/route-options";
import { toListResponse } from "@/lib/scim/to-list-response";
import { USER_FILTER_ATTRIBUTES } from "@/lib/scim/scim-user-state";
import { toScimUser } from "@/lib/scim/to-scim-user";

export const dynamic = "force-dynamic";

export const GET = route(SCIM_API, async ({ request, caller }) => {
  const query = parseListQuery(request.nextUrl.searchParams, USER_FILTER_ATTRIBUTES);
  const { users, total } = await listScimUsers(query);
  return scimJson(
    toListResponse(
      users.map((user) => toScimUser(user, caller.baseUrl)),
      total,
      query,
    ),
  );
});

export const POST = route(SCIM_API, async ({ request, caller }) => {
  const user = await saveScimUser(null, parseScimUser(await readScimBody(request)), caller.actor);
  const resource = toScimUser(user, caller.baseUrl);
  return scimJson(resource, 201, { location: resource.meta.location });
});

const notAllowed = route(SCIM_API, scimMethodNotAllowed("GET, POST"));
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
