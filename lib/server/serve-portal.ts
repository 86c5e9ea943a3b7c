import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import { disconnectDatabase } from "@/lib/db/disconnect-database";
import { log } from "@/lib/log/logger";
import { serveStaticAsset } from "./serve-static-asset";
import { stampRequest } from "./stamp-request";

export interface ServeOptions {
  dev: boolean;
  /** The directory holding `.next` (the standalone output in production). */
  dir: string;
  port: number;
  trustedProxies: number;
  shutdownGraceSeconds: number;
  /** Work that must finish before the first request (migrations, bootstrap admin); Next loads meanwhile. */
  ready?: Promise<unknown>;
}

export interface ServingPortal {
  /** Stops taking requests, lets in-flight ones finish within the grace period, closes the database pool. */
  shutDown: () => Promise<void>;
}

// Longer than a load balancer's usual idle timeout (60 s), so it never reuses a socket this
// server is closing (the "other side closed" race); headers must be allowed a little longer still.
const KEEP_ALIVE_MS = 65_000;
// How long requests that queued up behind the last in-flight ones still get their 503 before the listener closes.
const LINGER_MS = 250;

/**
 * The portal's HTTP server in this very process: Next's request handler behind a hook that sets
 * the client address and request id, with the build's assets served precompressed, keep-alive
 * tuned for balancers and a graceful shutdown.
 */
export async function servePortal(options: ServeOptions): Promise<ServingPortal> {
  const inFlight = new Set<ServerResponse>();
  let stopping = false;
  let onDrained: (() => void) | undefined;
  let handle: (req: IncomingMessage, res: ServerResponse) => Promise<void> = async () => {};
  // The production build's assets, served precompressed; the dev server builds its own on demand.
  const staticDir = options.dev ? null : path.join(options.dir, ".next", "static");

  const server = createServer((req, res) => {
    // After SIGTERM nothing new starts, not even on a kept-alive socket: the client retries elsewhere.
    if (stopping) return refuse(req, res);
    stampRequest(req, res, options.trustedProxies);
    inFlight.add(res);
    res.once("close", () => {
      inFlight.delete(res);
      if (inFlight.size === 0) onDrained?.();
    });
    if (staticDir && serveStaticAsset(req, res, staticDir)) return;
    handle(req, res).catch((error: unknown) => {
      log.error("server.request_failed", { error: (error as Error).message });
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "application/json" });
      res.end(res.headersSent ? undefined : JSON.stringify({ detail: "Internal server error" }));
    });
  });
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;

  if (!options.dev) {
    // The configuration the build resolved, as Next's own standalone server.js hands it over:
    // next.config.js is not part of the standalone output and must not be re-read at run time.
    const manifest = JSON.parse(readFileSync(path.join(options.dir, ".next", "required-server-files.json"), "utf8")) as { config: unknown };
    process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(manifest.config);
  }
  // Loaded here, after the caller fixed NODE_ENV: Next and React pick their build from it on load.
  const { default: next } = await import("next");
  const app = next({ dev: options.dev, dir: options.dir, port: options.port, hostname: "localhost", httpServer: server });
  await app.prepare();
  handle = app.getRequestHandler();
  await options.ready;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, () => resolve());
  });

  const shutDown = async () => {
    stopping = true;
    const started = Date.now();
    // Responses still being worked on close their socket when done instead of keeping it alive.
    for (const res of inFlight) if (!res.headersSent) res.setHeader("Connection", "close");
    // The listener stays open while in-flight requests finish, so what arrives meanwhile (a
    // balancer's /ready probe, a request already queued for accept or sent over a kept-alive
    // socket) gets a clear 503 before any work instead of a reset that leaves the client guessing.
    const drained = inFlight.size === 0 ? Promise.resolve() : new Promise<void>((resolve) => (onDrained = resolve));
    const outcome = await Promise.race([drained, sleep(options.shutdownGraceSeconds * 1000).then(() => "expired" as const)]);
    if (outcome === "expired") log.warn("server.shutdown_grace_expired", { unfinished: inFlight.size, graceSeconds: options.shutdownGraceSeconds });
    // A moment more to answer (503) what queued up while the last requests kept the process busy,
    // then stop listening and cut the remaining idle connections.
    await sleep(LINGER_MS);
    server.close();
    server.closeAllConnections();
    await app.close().catch(() => {});
    await disconnectDatabase().catch((error: unknown) => log.warn("server.database_close_failed", { error: (error as Error).message }));
    log.info("server.stopped", { durationMs: Date.now() - started });
  };
  return { shutDown };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function refuse(req: IncomingMessage, res: ServerResponse): void {
  // Read (and drop) the body, so closing the socket does not reset it before the client reads the 503.
  req.resume();
  res.writeHead(503, { "Content-Type": "application/json", Connection: "close", "Retry-After": "1" });
  res.end(JSON.stringify({ detail: "The portal is shutting down; retry the request." }));
}
