import { route } from "@/lib/http/route";
import { ADMIN_API } from "@/lib/http/route-options";
import { getUserOrThrow } from "@/lib/users/get-user-or-throw";
import { toApiUser } from "@/lib/users/to-api-user";

export const dynamic = "force-dynamic";

export const GET = route<typeof ADMIN_API, { id: string }>(ADMIN_API, async ({ params }) => Response.json(toApiUser(await getUserOrThrow(params.id))));
