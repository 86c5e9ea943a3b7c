import { describeScimService } from "@/lib/scim/describe-scim-service";
import { scimJson } from "@/lib/scim/scim-json";
import { scimRoute } from "@/lib/scim/scim-route";

export const dynamic = "force-dynamic";

export const GET = scimRoute(async ({ caller }) => scimJson(describeScimService(caller.baseUrl).serviceProviderConfig));
