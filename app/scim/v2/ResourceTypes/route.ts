import { parseListQuery } from "@/lib/scim/parse-list-query";
import { describeScimService } from "@/lib/scim/describe-scim-service";
import { scimJson } from "@/lib/scim/scim-json";
import { route } from "@/lib/http/route";
import { SCIM_API } from "@/lib/http/route-options";
import { toListResponse } from "@/lib/scim/to-list-response";

export const dynamic = "force-dynamic";

export const GET = route(SCIM_API, async ({ request, caller }) => {
  const { resourceTypes } = describeScimService(caller.baseUrl);
  return scimJson(toListResponse(resourceTypes, resourceTypes.length, parseListQuery(request.nextUrl.searchParams, [])));
});
