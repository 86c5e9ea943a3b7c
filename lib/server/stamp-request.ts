import type { IncomingMessage, ServerResponse } from "node:http";
import { resolveClientAddress } from "@/lib/request/resolve-client-address";
import { resolveRequestId } from "@/lib/request/resolve-request-id";

/**
 * Runs on every request before Next sees it: the client address and request id the app reads
 * (through describeRequest) are decided here, from the socket and TRUSTED_PROXIES, and whatever
 * the client sent under those names is thrown away. X-Forwarded-For is rewritten to the same
 * address because Next only fills it when absent, and a forged one must not reach any library.
 */
export function stampRequest(req: IncomingMessage, res: ServerResponse, trustedProxies: number): void {
  const forwardedFor = req.headers["x-forwarded-for"];
  const address = resolveClientAddress(req.socket.remoteAddress, Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor, trustedProxies);
  delete req.headers["x-portal-client-ip"];
  delete req.headers["x-real-ip"];
  delete req.headers["x-forwarded-for"];
  // With no trusted proxy the other X-Forwarded-* are the client's own words too; Next refills them from the socket.
  if (trustedProxies === 0) for (const name of ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"]) delete req.headers[name];
  if (address) {
    req.headers["x-portal-client-ip"] = address;
    req.headers["x-forwarded-for"] = address;
  }
  const incomingId = req.headers["x-request-id"];
  const requestId = resolveRequestId(Array.isArray(incomingId) ? undefined : incomingId, trustedProxies);
  req.headers["x-request-id"] = requestId;
  res.setHeader("X-Request-Id", requestId);
}
