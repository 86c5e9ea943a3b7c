import { applyGroupPatch } from "@/lib/scim/apply-group-patch";
import { deleteScimGroup } from "@/lib/scim/delete-scim-group";
import { getScimGroup } from "@/lib/scim/get-scim-group";
import { parsePatchOp } from "@/lib/scim/parse-patch-op";
import { parseScimGroup } from "@/lib/scim/parse-scim-group";
import { readScimBody } from "@/lib/scim/read-scim-body";
import { saveScimGroup } from "@/lib/scim/save-scim-group";
import { scimJson } from "@/lib/scim/scim-json";
import { scimMethodNotAllowed } from "@/lib/scim/scim-method-not-allowed";
import { route } from "@/lib/http/route";
import { SCIM_API } from "@/lib/http/route-options";
import { toGroupState } from "@/lib/scim/to-group-state";
import { toScimGroup } from "@/lib/scim/to-scim-group";

export const dynamic = "force-dynamic";

type Params = { id: string };

export const GET = route<typeof SCIM_API, Params>(SCIM_API, async ({ params, caller }) => scimJson(toScimGroup(await getScimGroup(params.id), caller.baseUrl)));

export const PUT = route<typeof SCIM_API, Params>(SCIM_API, async ({ request, params, caller }) => {
  const state = parseScimGroup(await readScimBody(request));
  return scimJson(toScimGroup(await saveScimGroup(params.id, state, caller.actor), caller.baseUrl));
});

export const PATCH = route<typeof SCIM_API, Params>(SCIM_API, async ({ request, params, caller }) => {
  const operations = parsePatchOp(await readScimBody(request));
  const state = applyGroupPatch(toGroupState(await getScimGroup(params.id)), operations);
  return scimJson(toScimGroup(await saveScimGroup(params.id, state, caller.actor), caller.baseUrl));
});

export const DELETE = route<typeof SCIM_API, Params>(SCIM_API, async ({ params, caller }) => {
  await deleteScimGroup(params.id, caller.actor);
  return new Response(null, { status: 204 });
});

const notAllowed = route<typeof SCIM_API, Params>(SCIM_API, scimMethodNotAllowed("GET, PUT, PATCH, DELETE"));
export const POST = notAllowed;
