import { ScimError } from "@/lib/scim/scim-error";
import { route } from "@/lib/http/route";
import { SCIM_API } from "@/lib/http/route-options";

export const dynamic = "force-dynamic";

// Anything under /scim/v2 that isn't a supported endpoint (e.g. /Bulk, /Me) answers a SCIM 404, not an HTML page.
const notFound = route<typeof SCIM_API, { path: string[] }>(SCIM_API, async ({ params }) => {
  throw new ScimError(
    404,
    `/scim/v2/${params.path.join("/").slice(0, 100)} is not a supported SCIM endpoint (supported: /Users, /Groups, /ServiceProviderConfig, /ResourceTypes, /Schemas)`,
  );
});

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
