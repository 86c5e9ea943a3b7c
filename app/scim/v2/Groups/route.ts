import { listScimGroups } from "@/lib/scim/list-scim-groups";
import { parseListQuery } from "@/lib/scim/parse-list-query";
import { parseScimGroup } from "@/lib/scim/parse-scim-group";
import { readScimBody } from "@/lib/scim/read-scim-body";
import { saveScimGroup } from "@/lib/scim/save-scim-group";
import { GROUP_FILTER_ATTRIBUTES } from "@/lib/scim/scim-group-state";
import { scimJson } from "@/lib/scim/scim-json";
import { scimMethodNotAllowed } from "@/lib/scim/scim-method-not-allowed";
import { route } from "@/lib/http/route";
import { SCIM_API } from "@/lib/http/route-options";
import { toListResponse } from "@/lib/scim/to-list-response";
import { toScimGroup } from "@/lib/scim/to-scim-group";

export const dynamic = "force-dynamic";

export const GET = route(SCIM_API, async ({ request, caller }) => {
  const query = parseListQuery(request.nextUrl.searchParams, GROUP_FILTER_ATTRIBUTES);
  const { teams, total } = await listScimGroups(query);
  return scimJson(
    toListResponse(
      teams.map((team) => toScimGroup(team, caller.baseUrl)),
      total,
      query,
    ),
  );
});

export const POST = route(SCIM_API, async ({ request, caller }) => {
  const team = await saveScimGroup(null, parseScimGroup(await readScimBody(request)), caller.actor);
  const resource = toScimGroup(team, caller.baseUrl);
  return scimJson(resource, 201, { location: resource.meta.location });
});

const notAllowed = route(SCIM_API, scimMethodNotAllowed("GET, POST"));
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
