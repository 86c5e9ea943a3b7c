// `npm run idp`: the bundled Okta-compatible development IdP on its own. Development and tests only.
import { users } from "./accounts";
import { portalClient } from "./portal-client";
import { startIdp } from "./server";

async function main() {
  const env = process.env;
  const client = portalClient(
    env.APP_URL || "http://localhost:8000",
    env.SSO_OKTA_CLIENT_ID || "portal-dev-client",
    env.SSO_OKTA_CLIENT_SECRET || "portal-dev-secret",
  );
  const port = Number(env.IDP_PORT || 9000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`IDP_PORT must be a port number, not "${env.IDP_PORT}"`);
  const shape = env.IDP_SHAPE || "custom";
  if (shape !== "custom" && shape !== "org") throw new Error(`IDP_SHAPE must be "custom" or "org", not "${shape}"`);
  const idp = await startIdp({
    port,
    shape,
    hostname: env.IDP_HOSTNAME || "localhost",
    clients: [client],
  });

  console.log(`Okta-compatible development IdP (never use in production)
  issuer:         ${idp.issuer}
  discovery:      ${idp.issuer}/.well-known/openid-configuration
  client id:      ${client.client_id}
  redirect URIs:  ${client.redirect_uris.join(", ")}
  demo accounts:  ${users.map((user) => user.email).join(", ")}
  password:       ${[...new Set(users.map((user) => user.password))].join(", ")}`);

  const stop = () => void idp.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(`IdP failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
