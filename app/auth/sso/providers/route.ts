import { getConfig } from "@/lib/config/get-config";
import { DomainError } from "@/lib/errors/domain-error";
import { route } from "@/lib/http/route";
import { PUBLIC } from "@/lib/http/route-options";
import { listProviders } from "@/lib/sso/list-providers";

export const dynamic = "force-dynamic";

/** MCP Gateway's provider list; takes precedence over the NextAuth catch-all beside it. */
export const GET = route(PUBLIC, async () => {
  const config = getConfig();
  if (!config.sso.enabled) throw new DomainError("not_found", "SSO authentication is disabled");
  return Response.json(listProviders(config));
});
