import { getConfig } from "@/lib/config/get-config";
import { listProviders } from "@/lib/sso/list-providers";

export const dynamic = "force-dynamic";

/** MCP Gateway's provider list; takes precedence over the NextAuth catch-all beside it. */
export function GET() {
  const config = getConfig();
  if (!config.sso.enabled) return Response.json({ detail: "SSO authentication is disabled" }, { status: 404 });
  return Response.json(listProviders(config));
}
