// `npm run dev`: the portal (next dev) on :8000 and the bundled Okta-compatible IdP on :9000, no .env needed.
import { loadEnvConfig } from "@next/env";
import { prepareInstance } from "@/lib/boot/prepare-instance";
import { startIdp } from "@/idp/server";
import { portalClient } from "@/idp/portal-client";
import { applyDevDefaults, BUNDLED_IDP_OPTIONS, BUNDLED_IDP_PORT, DEV_DEFAULTS } from "./dev-defaults";
import { spawnNext } from "./spawn-next";

async function main() {
  loadEnvConfig(process.cwd(), true);
  applyDevDefaults(process.env);
  const config = await prepareInstance();

  const okta = config.sso.okta;
  if (okta && okta.issuer === DEV_DEFAULTS.SSO_OKTA_ISSUER) {
    const idp = await startIdp({ ...BUNDLED_IDP_OPTIONS, port: BUNDLED_IDP_PORT, clients: [portalClient(config.appUrl, okta.clientId, okta.clientSecret)] });
    console.log(`Bundled Okta-compatible IdP: ${idp.issuer} (demo users: see idp/README.md, password Okta-demo-1)`);
    process.on("exit", () => void idp.close());
  }
  console.log(`Portal: ${config.appUrl}/admin/login`);
  spawnNext("dev", config);
}

void main();
