import { createServer, type Server } from "node:http";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { log } from "@/lib/log/logger";
import { discoverIssuer } from "@/lib/sso/discover-issuer";

// A real issuer over HTTP whose answers the tests change: its document, Cache-Control and failures.
let server: Server;
let base = "";
const issuer = { requests: 0, cacheControl: "" as string | undefined, fail: false, version: 1 };

beforeAll(async () => {
  server = createServer((req, res) => {
    issuer.requests++;
    if (issuer.fail) return void res.writeHead(503).end();
    const iss = `${base}${req.url!.replace("/.well-known/openid-configuration", "")}`;
    res.writeHead(200, { "content-type": "application/json", ...(issuer.cacheControl ? { "cache-control": issuer.cacheControl } : {}) });
    res.end(
      JSON.stringify({
        issuer: iss,
        authorization_endpoint: `${iss}/v${issuer.version}/authorize`,
        token_endpoint: `${iss}/v1/token`,
        jwks_uri: `${iss}/v1/keys`,
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => {
  vi.useRealTimers();
  Object.assign(issuer, { requests: 0, cacheControl: undefined, fail: false, version: 1 });
});

/** Moves Date.now() only: the HTTP requests keep running on real timers. */
const clockAt = (ms: number) => vi.useFakeTimers({ now: ms, toFake: ["Date"] });

describe("discoverIssuer", () => {
  it("fetches once for concurrent first callers and keeps the document for an hour without max-age", async () => {
    clockAt(1_000_000);
    const [a, b] = await Promise.all([discoverIssuer(`${base}/one`), discoverIssuer(`${base}/one`)]);
    expect(a).toBe(b);
    expect(issuer.requests).toBe(1);
    clockAt(1_000_000 + 47 * 60_000);
    expect(await discoverIssuer(`${base}/one`)).toBe(a);
    expect(issuer.requests).toBe(1);
  });

  it("refreshes in the background near the end of max-age and answers from the cache meanwhile", async () => {
    issuer.cacheControl = "public, max-age=600";
    clockAt(2_000_000);
    const first = await discoverIssuer(`${base}/two`);
    issuer.version = 2;
    clockAt(2_000_000 + 490_000); // past 80 % of 600 s
    expect(await discoverIssuer(`${base}/two`)).toBe(first);
    await vi.waitFor(async () => expect((await discoverIssuer(`${base}/two`)).authorization_endpoint).toBe(`${base}/two/v2/authorize`), { timeout: 5_000 });
    expect(issuer.requests).toBe(2);
  });

  it("keeps serving the cached copy when a refresh fails, even past expiry, and warns", async () => {
    const warn = vi.spyOn(log, "warn").mockImplementation(() => {});
    clockAt(3_000_000);
    const first = await discoverIssuer(`${base}/three`);
    issuer.fail = true;
    clockAt(3_000_000 + 2 * 60 * 60_000);
    expect(await discoverIssuer(`${base}/three`)).toBe(first);
    expect(JSON.stringify(warn.mock.calls)).toMatch(/sso\.discovery\.refresh_failed.*503/);
    // The next attempt waits a minute instead of hitting a failing issuer on every login.
    expect(await discoverIssuer(`${base}/three`)).toBe(first);
    expect(issuer.requests).toBe(2);
    warn.mockRestore();
  });

  it("holds a max-age of 0 to a one-minute floor", async () => {
    issuer.cacheControl = "max-age=0";
    clockAt(4_000_000);
    await discoverIssuer(`${base}/four`);
    clockAt(4_000_000 + 30_000);
    await discoverIssuer(`${base}/four`);
    expect(issuer.requests).toBe(1);
  });

  it("reports an issuer it cannot read on first use", async () => {
    issuer.fail = true;
    await expect(discoverIssuer(`${base}/five`)).rejects.toThrow("discovery answered HTTP 503");
  });
});
