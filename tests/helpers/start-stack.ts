import type { DemoUser } from "@/idp/accounts";
import type { ClientAuth } from "@/lib/config/parse-config";
import { parseClientKey } from "@/lib/sso/parse-client-key";
import { startIdp, type IdpBehaviour, type IdpOptions, type RunningIdp } from "@/idp/server";
import { portalClient } from "@/idp/portal-client";
import { freePort } from "./free-port";
import { startPortal, type RunningPortal } from "./start-portal";

export const TEST_CLIENT = { id: "portal-test-client", secret: "portal-test-secret" };
export const DEMO_PASSWORD = "Okta-demo-1";

export interface Stack {
  idp: RunningIdp;
  portal: RunningPortal;
  stop: () => Promise<void>;
}

export interface StackOptions {
  /** Extra or overriding portal environment variables. */
  env?: Record<string, string>;
  /** Default: IDP_SHAPE from the environment, else "org" (a fresh Okta org), see idpShape(). */
  idpShape?: IdpOptions["shape"];
  /** Initial IdP switches, e.g. `{ groupsClaim: true }` for tests that map Okta groups. */
  idpBehaviour?: Partial<IdpBehaviour>;
  portalPort?: number;
  idpPort?: number;
  /** Identities the IdP accepts besides its demo users (see idp/README.md). */
  extraUsers?: DemoUser[];
  /** OKTA_EVENT_HOOK_SECRET: set on the portal and sent by the IdP with its event hook deliveries. */
  eventHookSecret?: string;
  /** An existing database for the portal; by default it gets a fresh one of the TEST_DATABASE kind. */
  databaseUrl?: string;
  /**
   * How the portal authenticates at the token endpoint (default: the test secret, client_secret_basic).
   * With private_key_jwt the portal has no secret, signs with `key` (SSO_OKTA_PRIVATE_KEY), and the
   * IdP holds the public half of `idpKey` (default: the same key).
   */
  clientAuth?: { method: "client_secret_post" } | { method: "private_key_jwt"; key: string; idpKey?: string };
}

/** The IdP's registration and the portal's variables for a StackOptions.clientAuth. */
function clientAuthOf(option: StackOptions["clientAuth"]): { idp: ClientAuth; env: Record<string, string> } {
  if (option?.method === "private_key_jwt") {
    return {
      idp: { method: option.method, key: parseClientKey(option.idpKey ?? option.key) },
      env: { SSO_OKTA_CLIENT_AUTH: option.method, SSO_OKTA_PRIVATE_KEY: option.key, SSO_OKTA_CLIENT_SECRET: "" },
    };
  }
  const method = option?.method ?? "client_secret_basic";
  return { idp: { method, secret: TEST_CLIENT.secret }, env: { SSO_OKTA_CLIENT_AUTH: method } };
}

/**
 * The IdP shape the suites run against: Okta's default (the org authorization server, thin ID tokens,
 * no groups claim) unless IDP_SHAPE=custom, which `npm test` sets for a second pass of the SSO-focused
 * files: a custom authorization server (/oauth2/default) with a groups claim and scope configured.
 */
export function idpShape(): { shape: IdpOptions["shape"]; behaviour: Partial<IdpBehaviour> } {
  const shape = process.env.IDP_SHAPE || "org";
  if (shape !== "org" && shape !== "custom") throw new Error(`IDP_SHAPE must be "org" or "custom", not "${shape}"`);
  return { shape, behaviour: shape === "custom" ? { groupsClaim: true } : {} };
}

/** The portal environment that points it at the bundled IdP as the test client, with the bootstrap admin. */
export function oktaPortalEnv(issuer: string): Record<string, string> {
  return {
    SSO_ENABLED: "true",
    SSO_OKTA_ENABLED: "true",
    SSO_OKTA_CLIENT_ID: TEST_CLIENT.id,
    SSO_OKTA_CLIENT_SECRET: TEST_CLIENT.secret,
    SSO_OKTA_ISSUER: issuer,
    SSO_OKTA_SCOPE: "openid profile email groups",
    PLATFORM_ADMIN_EMAIL: "platform-admin@example.com",
    PLATFORM_ADMIN_PASSWORD: "platform-admin-password",
  };
}

/**
 * The bundled IdP (in this process, so tests can switch its behaviour) and a production portal
 * pointed at it, with a fresh database. Everything listens on loopback only.
 */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const portalPort = options.portalPort ?? (await freePort());
  const appUrl = `http://127.0.0.1:${portalPort}`;
  const fromEnv = idpShape();
  const clientAuth = clientAuthOf(options.clientAuth);
  const idp = await startIdp({
    port: options.idpPort ?? 0,
    hostname: "127.0.0.1",
    shape: options.idpShape ?? fromEnv.shape,
    clients: [portalClient(appUrl, TEST_CLIENT.id, clientAuth.idp)],
    extraUsers: options.extraUsers,
    eventHookSecret: options.eventHookSecret,
    behaviour: { ...fromEnv.behaviour, ...options.idpBehaviour },
  });
  try {
    const hookEnv: Record<string, string> = options.eventHookSecret ? { OKTA_EVENT_HOOK_SECRET: options.eventHookSecret } : {};
    const portal = await startPortal(
      portalPort,
      { ...oktaPortalEnv(idp.issuer), ...clientAuth.env, ...hookEnv, ...options.env },
      { databaseUrl: options.databaseUrl },
    );
    return { idp, portal, stop: async () => void (await Promise.all([portal.stop(), idp.close()])) };
  } catch (error) {
    await idp.close();
    throw error;
  }
}
