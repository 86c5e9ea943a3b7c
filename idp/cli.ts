// `npm run idp`: the bundled Okta-compatible development IdP on its own. Development and tests only.
import { users } from "./accounts";
import type { IdpBehaviour } from "./behaviour";
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
  const shape = env.IDP_SHAPE || "org";
  if (shape !== "custom" && shape !== "org") throw new Error(`IDP_SHAPE must be "custom" or "org", not "${shape}"`);
  const idp = await startIdp({
    port,
    shape,
    hostname: env.IDP_HOSTNAME || "localhost",
    clients: [client],
    behaviour: {
      groupsClaim: flag("IDP_GROUPS_CLAIM", false),
      fatIdToken: flag("IDP_FAT_ID_TOKEN", false),
      logoutRedirectRegistered: flag("IDP_LOGOUT_REDIRECT_REGISTERED", true),
      apiAccessManagement: flag("IDP_API_ACCESS_MANAGEMENT", true),
      accessPolicy: flag("IDP_ACCESS_POLICY", true),
    } satisfies Partial<IdpBehaviour>,
  });

  console.log(`Okta-compatible development IdP (never use in production)
  issuer:         ${idp.issuer}
  discovery:      ${idp.issuer}/.well-known/openid-configuration
  client id:      ${client.client_id}
  redirect URIs:  ${client.redirect_uris.join(", ")}
  groups claim:   ${idp.behaviour.groupsClaim ? "configured" : "not configured (IDP_GROUPS_CLAIM=true to add one)"}
  demo accounts:  ${users.map((user) => user.email).join(", ")}
  password:       ${[...new Set(users.map((user) => user.password))].join(", ")}`);

  const stop = () => void idp.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

/** An on/off switch from the environment: "true"/"1" or "false"/"0". */
function flag(name: string, fallback: boolean): boolean {
  const value = process.env[name];
  if (value === undefined || value === "") return fallback;
  if (value === "true" || value === "1") return true;
  if (value === "false" || value === "0") return false;
  throw new Error(`${name} must be true or false, not "${value}"`);
}

main().catch((error: unknown) => {
  console.error(`IdP failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
