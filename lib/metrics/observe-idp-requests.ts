import { subscribe } from "node:diagnostics_channel";
import type { ClientRequest, IncomingMessage } from "node:http";

type Endpoint = "discovery" | "jwks" | "token" | "userinfo" | "management" | "other";
interface Pending {
  endpoint: Endpoint;
  startedAt: number;
}
// undici's request object, as its diagnostics channels publish it (used by fetch).
interface UndiciRequest {
  origin: string;
  path: string;
}

/** Okta's paths (org and custom authorization servers alike); the bundled IdP uses the same ones. */
function endpointOf(path: string): Endpoint {
  const pathname = path.split("?")[0];
  if (pathname.includes("/.well-known/")) return "discovery";
  if (pathname.startsWith("/api/")) return "management";
  if (pathname.endsWith("/v1/keys")) return "jwks";
  if (pathname.endsWith("/v1/token")) return "token";
  if (pathname.endsWith("/v1/userinfo")) return "userinfo";
  return "other";
}

const holder = globalThis as typeof globalThis & { __portalIdpObserved?: boolean };

/**
 * Records every request this process makes to the IdP's origin (portal_idp_requests_total and
 * portal_idp_request_duration_seconds, by endpoint) from Node's diagnostics channels: fetch
 * (discovery, userinfo, the management API) and node:http (next-auth's openid-client: discovery,
 * JWKS, the token exchange) publish there, so no call site needs to change. Duration is the time
 * until the response headers arrive; a request with no answer counts with status "error".
 */
export function observeIdpRequests(issuer: string): void {
  if (holder.__portalIdpObserved) return;
  holder.__portalIdpObserved = true;
  const idpOrigin = new URL(issuer).origin;
  const pending = new WeakMap<object, Pending>();

  const start = (request: object, origin: string, path: string) => {
    if (origin === idpOrigin) pending.set(request, { endpoint: endpointOf(path), startedAt: performance.now() });
  };
  const finish = (request: object, status: string) => {
    const entry = pending.get(request);
    if (!entry) return;
    pending.delete(request);
    const seconds = (performance.now() - entry.startedAt) / 1000;
    // Loaded at the first IdP call, so subscribing at start-up costs the server nothing.
    void import("./portal-metrics").then(({ portalMetrics }) => {
      const metrics = portalMetrics();
      metrics.idpRequests.inc({ endpoint: entry.endpoint, status });
      metrics.idpRequestDuration.observe({ endpoint: entry.endpoint }, seconds);
    });
  };

  subscribe("undici:request:create", (message) => {
    const { request } = message as { request: UndiciRequest };
    start(request, request.origin, request.path);
  });
  subscribe("undici:request:headers", (message) => {
    const { request, response } = message as { request: object; response: { statusCode: number } };
    finish(request, String(response.statusCode));
  });
  subscribe("undici:request:error", (message) => finish((message as { request: object }).request, "error"));

  subscribe("http.client.request.start", (message) => {
    const { request } = message as { request: ClientRequest };
    start(request, `${request.protocol}//${request.host}${portSuffix(request)}`, request.path);
  });
  subscribe("http.client.response.finish", (message) => {
    const { request, response } = message as { request: object; response: IncomingMessage };
    finish(request, String(response.statusCode));
  });
  subscribe("http.client.request.error", (message) => finish((message as { request: object }).request, "error"));
}

function portSuffix(request: ClientRequest): string {
  // ClientRequest has no public port; the Host header it sends carries a non-default one.
  const host = String(request.getHeader("host") ?? "");
  const port = host.match(/:(\d+)$/)?.[1];
  return port ? `:${port}` : "";
}
