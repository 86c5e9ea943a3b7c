import { getConfig } from "@/lib/config/get-config";
import { buildOpenApiDocument } from "@/lib/http/build-openapi-document";
import { route } from "@/lib/http/route";
import { PUBLIC } from "@/lib/http/route-options";

export const dynamic = "force-dynamic";

export const GET = route(PUBLIC, async () => Response.json(buildOpenApiDocument(getConfig().appUrl)));
