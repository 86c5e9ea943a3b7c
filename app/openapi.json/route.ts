import { buildOpenApiDocument } from "@/lib/api/build-openapi-document";
import { getConfig } from "@/lib/config/get-config";

export const dynamic = "force-dynamic";

export function GET() {
  return Response.json(buildOpenApiDocument(getConfig().appUrl));
}
