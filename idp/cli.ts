// `npm run idp`: the bundled Okta-compatible development IdP on its own. Development and tests only.
import { parseConfig } from "@/lib/config/parse-config";
import { applyDevDefaults } from "@/scripts/dev-defaults";
import { users } from "./accounts";
import type { IdpBehaviour } from "./behaviour";
import { portalClient } from "./portal-client";
import { startIdp } from "./server";

/**
 * `npm run idp -- logout-user <email> [iss_sub]` and `npm run idp -- event <eventType> <email> [group]`:
 * make the running IdP (IDP_URL, default http://localhost:9000) call the portal as Okta would.
 */
async function command(args: string[]): Promise<void> {
  const [name, ...rest] = args;
  const body =
    name === "logout-user" && rest[0]
      ? { path: "/dev/universal-logout", fields: { email: rest[0], format: rest[1] ?? "email" } }
      : name === "event" && rest[0] && rest[1]
        ? { path: "/dev/event-hook", fields: { eventType: rest[0], email: rest[1], group: rest[2] } }
        : null;
  if (!body) throw new Error("usage: npm run idp -- logout-user <email> [iss_sub] | npm run idp -- event <eventType> <email> [group]");
  const response = await fetch(`${process.env.IDP_URL || "http://localhost:9000"}${body.path}`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify(body.fields),
  });
  const result = (await response.json()) as { portalStatus?: number; error?: string };
  if (!response.ok || result.portalStatus === undefined) throw new Error(result.error ?? `the IdP answered HTTP ${response.status}`);
  console.log(`${name} sent; the portal answered HTTP ${result.portalStatus}`);
  if (result.portalStatus >= 300) process.exitCode = 1;
}

async function main() {
  if (process.argv.length > 2) return command(process.argv.slice(2));
  const env = process.env;
  // The portal's own configuration (with `npm run dev`'s defaults), so the registration matches what it sends.
  const portalEnv = { ...env };
  applyDevDefaults(portalEnv);
  const config = parseConfig(portalEnv);
  if (!config.sso.okta) throw new Error("SSO_ENABLED and SSO_OKTA_ENABLED must be true: the IdP registers the portal's Okta client");
  const client = portalClient(config.appUrl, config.sso.okta.clientId, config.sso.okta.clientAuth);
  const port = Number(env.IDP_PORT || 9000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`IDP_PORT must be a port number, not "${env.IDP_PORT}"`);
  const shape = env.IDP_SHAPE || "org";
  if (shape !== "custom" && shape !== "org") throw new Error(`IDP_SHAPE must be "custom" or "org", not "${shape}"`);
  const idp = await startIdp({
    port,
    shape,
    hostname: env.IDP_HOSTNAME || "localhost",
    clients: [client],
    eventHookSecret: env.OKTA_EVENT_HOOK_SECRET,
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
  client id:      ${client.client_id} (${client.token_endpoint_auth_method})
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
  console.error(`IdP: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
