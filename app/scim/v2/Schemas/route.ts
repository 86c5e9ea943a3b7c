import { parseListQuery } from "@/lib/scim/parse-list-query";
import { describeScimService } from "@/lib/scim/describe-scim-service";
import { scimJson } from "@/lib/scim/scim-json";
import { scimRoute } from "@/lib/scim/scim-route";
import { toListResponse } from "@/lib/scim/to-list-response";

export const dynamic = "force-dynamic";

export const GET = scimRoute(async ({ request, caller }) => {
  const { schemas } = describeScimService(caller.baseUrl);
  return scimJson(toListResponse(schemas, schemas.length, parseListQuery(request.nextUrl.searchParams, [])));
});
