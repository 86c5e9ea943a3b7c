import { apiRoute } from "@/lib/api/api-route";
import { getUserOrThrow } from "@/lib/users/get-user-or-throw";
import { toApiUser } from "@/lib/users/to-api-user";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ id: string }>("admin", async ({ params }) => Response.json(toApiUser(await getUserOrThrow(params.id))));
