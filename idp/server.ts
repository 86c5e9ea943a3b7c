import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { findUserByLogin, users, type DemoUser } from "./accounts";
import { defaultBehaviour, type IdpBehaviour } from "./behaviour";
import { createOktaApi, sendJson } from "./okta-api";
import { oktaApiError } from "./okta-errors";
import { lifecycleRoute, sendEventHook, sendUniversalLogout, signOktaJwt, type LifecycleContext } from "./okta-lifecycle";
import { oktaPrecheck } from "./okta-precheck";
import { createProvider, signingKey } from "./provider";
import { signIn } from "./sign-in";

export type IdpShape = "custom" | "org";
export type { IdpBehaviour } from "./behaviour";

export interface IdpClient {
  client_id: string;
  /** Okta's default client_secret_basic when absent. */
  token_endpoint_auth_method?: "client_secret_basic" | "client_secret_post" | "private_key_jwt";
  client_secret?: string;
  /** private_key_jwt: the public key(s) the app's assertions must verify with, and their algorithm. */
  jwks?: { keys: JsonWebKey[] };
  token_endpoint_auth_signing_alg?: string;
  redirect_uris: string[];
  post_logout_redirect_uris: string[];
}

export interface IdpOptions {
  /** 0 = a random free port; default 9000. */
  port?: number;
  /** "org" (default, like a fresh Okta org): issuer {base}, endpoints {base}/oauth2/v1/…; "custom": issuer {base}/oauth2/default, endpoints {issuer}/v1/…. */
  shape?: IdpShape;
  /** Host name in the issuer URL; default "localhost". */
  hostname?: string;
  clients: IdpClient[];
  /**
   * Test-only: more users besides the fixture's, e.g. hundreds of generated identities for load
   * tests. They join the process's user directory until close().
   */
  extraUsers?: DemoUser[];
  /** The portal's OKTA_EVENT_HOOK_SECRET, sent with event hook deliveries. */
  eventHookSecret?: string;
  /** Initial switches (see behaviour.ts); they can still be changed while the IdP runs. */
  behaviour?: Partial<IdpBehaviour>;
}

export interface RunningIdp {
  issuer: string;
  baseUrl: string;
  port: number;
  behaviour: IdpBehaviour;
  /** Okta's Universal Logout call to the portal for a demo user; resolves to the portal's HTTP status. */
  universalLogout(email: string, format?: "email" | "iss_sub"): Promise<number>;
  /** Signs claims with the IdP's current key, as Okta signs the calls it makes to apps (tests craft hostile ones). */
  signOktaJwt(claims: Record<string, unknown>): Promise<string>;
  /** An Okta event hook delivery to the portal for a demo user; resolves to the portal's HTTP status. */
  sendEvent(email: string, eventType: string, group?: string): Promise<number>;
  /** Server-to-server requests so far, by endpoint (discovery, jwks, token, userinfo), for tests and the bench. */
  calls: Record<EndpointKind, number>;
  /** Milliseconds the IdP spent answering them, by endpoint (the bench subtracts it from the callback). */
  callMs: Record<EndpointKind, number>;
  /**
   * Signs with a new key from now on and publishes it first in the JWKS, keeping the previous key
   * published (Okta's rotation). Sign-ins in progress at the IdP must start again. Returns the new kid.
   */
  rotateSigningKey(): string;
  close(): Promise<void>;
}

export type EndpointKind = "discovery" | "jwks" | "token" | "userinfo";

const CUSTOM_AS_ID = "default";

/** Starts the Okta-compatible development IdP on 127.0.0.1 and ::1 (so `localhost` works either way). */
export async function startIdp(options: IdpOptions): Promise<RunningIdp> {
  const shape = options.shape ?? "org";
  const extraUsers = options.extraUsers ?? [];
  users.push(...extraUsers);
  const behaviour: IdpBehaviour = { ...defaultBehaviour(), ...options.behaviour };
  const servers = [createServer(), createServer()];
  const port = await listen(servers[0], options.port ?? 9000, "127.0.0.1");
  await listen(servers[1], port, "::1").catch((error: NodeJS.ErrnoException) => {
    servers.pop();
    if (error.code === "EADDRNOTAVAIL") return; // a machine without IPv6 loopback
    servers[0].close();
    throw error;
  });

  const baseUrl = `http://${options.hostname ?? "localhost"}:${port}`;
  const mountPath = shape === "custom" ? `/oauth2/${CUSTOM_AS_ID}` : "";
  const issuer = `${baseUrl}${mountPath}`;
  let keys = [signingKey()];
  let provider = createProvider(issuer, shape, options.clients, behaviour, keys);
  let oidc = provider.callback();
  const lifecycle: LifecycleContext = {
    orgUrl: baseUrl,
    issuer,
    signingKey: () => keys[0],
    portalOrigins: options.clients.flatMap((client) => client.redirect_uris.map((uri) => new URL(uri).origin)),
    eventHookSecret: options.eventHookSecret,
    serveOrgKeys: shape === "custom",
  };
  const oktaApi = createOktaApi(behaviour);
  const endpoints = shape === "custom" ? `${mountPath}/v1` : "/oauth2/v1";
  const kinds: Record<string, EndpointKind> = {
    [`${mountPath}/.well-known/openid-configuration`]: "discovery",
    [`${endpoints}/keys`]: "jwks",
    [`${endpoints}/token`]: "token",
    [`${endpoints}/userinfo`]: "userinfo",
  };
  const calls: Record<EndpointKind, number> = { discovery: 0, jwks: 0, token: 0, userinfo: 0 };
  const callMs: Record<EndpointKind, number> = { discovery: 0, jwks: 0, token: 0, userinfo: 0 };

  async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const { pathname } = url;
    if (pathname.startsWith("/api/v1/")) return oktaApi(req, res, url);
    if (await lifecycleRoute(lifecycle, req, res, url)) return;
    const login = /^\/login\/([\w-]+)$/.exec(pathname);
    if (login) return signIn(provider, req, res, login[1]);
    const otherAs = /^\/oauth2\/([^/]+)\/\.well-known\//.exec(pathname);
    if (otherAs && `/oauth2/${otherAs[1]}` !== mountPath) {
      return sendJson(res, 404, oktaApiError("E0000007", `Not found: Resource not found: ${otherAs[1]} (AuthorizationServer)`));
    }
    // Without API Access Management the org has no custom authorization server at all.
    if (shape === "custom" && !behaviour.apiAccessManagement && pathname.startsWith(`${mountPath}/`)) {
      return sendJson(res, 404, oktaApiError("E0000007", `Not found: Resource not found: ${CUSTOM_AS_ID} (AuthorizationServer)`));
    }
    if (oktaPrecheck({ req, res, url, shape, endpointBase: `${mountPath}${shape === "custom" ? "/v1" : "/oauth2/v1"}`, clients: options.clients, behaviour }))
      return;
    if (pathname === mountPath || pathname.startsWith(`${mountPath}/`)) {
      // Mounted the way Express does it: NOP derives its mount path from originalUrl minus url.
      Object.assign(req, { originalUrl: url.pathname + url.search, url: (url.pathname.slice(mountPath.length) || "/") + url.search });
      return oidc(req, res);
    }
    sendJson(res, 404, oktaApiError("E0000007", `Not found: Resource not found: ${pathname}`));
  }

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    // The path only (query strings carry codes and ID tokens), taken before mounting rewrites req.url.
    const path = req.url?.split("?")[0] ?? "/";
    const kind = kinds[path];
    if (kind) {
      calls[kind]++;
      const started = performance.now();
      res.on("finish", () => (callMs[kind] += performance.now() - started));
    }
    if (process.env.IDP_LOG === "1") res.on("finish", () => console.log(`[idp] ${req.method} ${path} ${res.statusCode}`));
    try {
      if (behaviour.delayMs > 0) await sleep(behaviour.delayMs);
      await route(req, res, new URL(req.url ?? "/", baseUrl));
    } catch (error) {
      console.error("[idp]", error);
      if (!res.headersSent) sendJson(res, 500, { error: "server_error" });
      else res.end();
    }
  };
  for (const server of servers) server.on("request", (req, res) => void handle(req, res));

  return {
    issuer,
    baseUrl,
    port,
    behaviour,
    signOktaJwt: (claims) => signOktaJwt(lifecycle, claims),
    universalLogout: (email, format) => sendUniversalLogout(lifecycle, requireUser(email), format),
    sendEvent: (email, eventType, group) => sendEventHook(lifecycle, requireUser(email), eventType, group),
    calls,
    callMs,
    rotateSigningKey: () => {
      keys = [signingKey(), keys[0]];
      provider = createProvider(issuer, shape, options.clients, behaviour, keys);
      oidc = provider.callback();
      return keys[0].kid;
    },
    close: async () => {
      for (const user of extraUsers) users.splice(users.indexOf(user), 1);
      await Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((resolve) => {
              server.close(() => resolve());
              server.closeAllConnections();
            }),
        ),
      );
    },
  };
}

function requireUser(email: string): DemoUser {
  const user = findUserByLogin(email);
  if (!user) throw new Error(`no demo user ${email}`);
  return user;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve((server.address() as { port: number }).port);
    });
  });
}
