import { applyUserPatch } from "@/lib/scim/apply-user-patch";
import { getScimUser } from "@/lib/scim/get-scim-user";
import { parsePatchOp } from "@/lib/scim/parse-patch-op";
import { parseScimUser } from "@/lib/scim/parse-scim-user";
import { readScimBody } from "@/lib/scim/read-scim-body";
import { saveScimUser } from "@/lib/scim/save-scim-user";
import { scimJson } from "@/lib/scim/scim-json";
import { scimMethodNotAllowed } from "@/lib/scim/scim-method-not-allowed";
import { route } from "@/lib/http/route";
import { SCIM_API } from "@/lib/http/route-options";
import { toScimUser } from "@/lib/scim/to-scim-user";
import { toUserState } from "@/lib/scim/to-user-state";
import { deleteUser } from "@/lib/users/delete-user";

export const dynamic = "force-dynamic";

type Params = { id: string };

export const GET = route<typeof SCIM_API, Params>(SCIM_API, async ({ params, caller }) => scimJson(toScimUser(await getScimUser(params.id), caller.baseUrl)));

export const PUT = route<typeof SCIM_API, Params>(SCIM_API, async ({ request, params, caller }) => {
  const state = parseScimUser(await readScimBody(request));
  return scimJson(toScimUser(await saveScimUser(params.id, state, caller.actor), caller.baseUrl));
});

export const PATCH = route<typeof SCIM_API, Params>(SCIM_API, async ({ request, params, caller }) => {
  const operations = parsePatchOp(await readScimBody(request));
  const state = applyUserPatch(toUserState(await getScimUser(params.id)), operations);
  return scimJson(toScimUser(await saveScimUser(params.id, state, caller.actor), caller.baseUrl));
});

export const DELETE = route<typeof SCIM_API, Params>(SCIM_API, async ({ params, caller }) => {
  await getScimUser(params.id);
  await deleteUser(params.id, caller.actor, "scim");
  return new Response(null, { status: 204 });
});

const notAllowed = route<typeof SCIM_API, Params>(SCIM_API, scimMethodNotAllowed("GET, PUT, PATCH, DELETE"));
export const POST = notAllowed;
