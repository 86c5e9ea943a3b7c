import { describeScimService } from "@/lib/scim/describe-scim-service";
import { scimJson } from "@/lib/scim/scim-json";
import { route } from "@/lib/http/route";
import { SCIM_API } from "@/lib/http/route-options";

export const dynamic = "force-dynamic";

export const GET = route(SCIM_API, async ({ caller }) => scimJson(describeScimService(caller.baseUrl).serviceProviderConfig));
