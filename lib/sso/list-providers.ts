import type { Config } from "@/lib/config/parse-config";

export interface ProviderSummary {
  id: string;
  name: string;
  display_name: string;
}

/** The SSO providers a visitor can use, in MCP Gateway's `/auth/sso/providers` shape. */
export function listProviders(config: Config): ProviderSummary[] {
  if (!config.sso.enabled || !config.sso.okta) return [];
  return [{ id: "okta", name: "okta", display_name: "Okta" }];
}
