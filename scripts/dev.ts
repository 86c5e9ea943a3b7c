// `npm run dev`: the portal (Next in dev mode, behind the same request hook as production) on :8000
// and the bundled Okta-compatible IdP on :9000, no .env needed.
import { loadEnvConfig } from "@next/env";
import { prepareInstance } from "@/lib/boot/prepare-instance";
import { servePortal } from "@/lib/server/serve-portal";
import { startIdp } from "@/idp/server";
import { portalClient } from "@/idp/portal-client";
import { applyDevDefaults, BUNDLED_IDP_OPTIONS, BUNDLED_IDP_PORT, DEV_DEFAULTS } from "./dev-defaults";

async function main() {
  Object.assign(process.env, { NODE_ENV: "development" });
  loadEnvConfig(process.cwd(), true);
  applyDevDefaults(process.env);
  const config = await prepareInstance();

  const okta = config.sso.okta;
  if (okta && okta.issuer === DEV_DEFAULTS.SSO_OKTA_ISSUER) {
    const idp = await startIdp({
      ...BUNDLED_IDP_OPTIONS,
      port: BUNDLED_IDP_PORT,
      clients: [portalClient(config.appUrl, okta.clientId, okta.clientAuth)],
      // The IdP's dashboard buttons send Okta event hooks with the portal's secret.
      eventHookSecret: config.oktaEventHookSecret ?? undefined,
    });
    console.log(`Bundled Okta-compatible IdP: ${idp.issuer} (demo users: see idp/README.md, password Okta-demo-1)`);
    process.on("exit", () => void idp.close());
  }
  process.env.NEXTAUTH_URL = `${config.appUrl}/auth/sso`;
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  await servePortal({
    dev: true,
    dir: process.cwd(),
    port: config.port,
    trustedProxies: config.trustedProxies,
    shutdownGraceSeconds: config.shutdownGraceSeconds,
  });
  console.log(`Portal: ${config.appUrl}/admin/login`);
  // No draining in development: the HMR sockets would hold the process for the whole grace period.
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => process.exit(0));
}

void main();
