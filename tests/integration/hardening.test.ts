import { request } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStack, type Stack } from "../helpers/start-stack";

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

describe("security headers", () => {
  it.each(["/admin/login", "/admin", "/auth/users", "/auth/sso/providers", "/health"])("are on %s", async (path) => {
    const response = await fetch(`${stack.portal.url}${path}`, { redirect: "manual" });
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain(`form-action 'self' ${new URL(stack.idp.issuer).origin}`);
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    // The portal is on http here: no HSTS (it would be wrong), no Secure cookie prefix.
    expect(response.headers.get("strict-transport-security")).toBeNull();
    expect(response.headers.get("x-powered-by")).toBeNull();
  });

  it("puts this response's nonce on the page's scripts, and a new one on every response", async () => {
    const first = await fetch(`${stack.portal.url}/admin/login`);
    const nonce = /'nonce-([^']+)'/.exec(first.headers.get("content-security-policy")!)![1];
    const html = await first.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    const second = await fetch(`${stack.portal.url}/admin/login`);
    expect(second.headers.get("content-security-policy")).not.toContain(nonce);
  });
});

describe("build assets", () => {
  const asset = async (path: string, acceptEncoding: string) => {
    // Node's fetch would decode the body itself; the raw bytes show what was sent.
    return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
      request(`${stack.portal.url}${path}`, { headers: { "accept-encoding": acceptEncoding } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      })
        .on("error", reject)
        .end();
    });
  };

  it("are sent precompressed as the browser accepts, cached for a year, and identical once decoded", async () => {
    const html = await (await fetch(`${stack.portal.url}/admin/login`)).text();
    const script = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(html)![1];
    const plain = await asset(script, "identity");
    expect(plain.status).toBe(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    for (const [accept, encoding, decode] of [
      ["gzip, deflate, br, zstd", "br", brotliDecompressSync],
      ["gzip, br;q=0", "gzip", gunzipSync],
    ] as const) {
      const sent = await asset(script, accept);
      expect(sent.headers["content-encoding"]).toBe(encoding);
      expect(sent.body.length).toBeLessThan(plain.body.length);
      expect(decode(sent.body).equals(plain.body)).toBe(true);
      expect(sent.headers).toMatchObject({
        "content-type": "application/javascript; charset=UTF-8",
        "cache-control": "public, max-age=31536000, immutable",
        "x-content-type-options": "nosniff",
        vary: "Accept-Encoding",
      });
    }
  });

  it("never serve a file outside the build's assets", async () => {
    for (const path of [
      "/_next/static/..%2f..%2fBUILD_ID",
      "/_next/static/chunks/..%2f..%2f..%2fpackage.json",
      "/_next/static/%00.js",
      "/_next/static/nope.js",
    ]) {
      const response = await asset(path, "br");
      expect(response.status, path).toBe(404);
      expect(response.body.toString()).not.toMatch(/"name"|^[A-Za-z0-9_-]{10,}$/);
    }
  });
});

describe("health", () => {
  it("answers liveness and readiness as JSON", async () => {
    expect(await (await fetch(`${stack.portal.url}/health`)).json()).toEqual({ status: "ok" });
    const ready = await fetch(`${stack.portal.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: "ready",
      checks: {
        database: { ok: true, detail: "reachable" },
        migrations: { ok: true, detail: "all applied" },
        issuer: { ok: true, detail: `${stack.idp.issuer} discovery reachable` },
      },
    });
  });

  it("is not ready while the issuer doesn't answer in time, and ready again once it does", async () => {
    stack.idp.behaviour.delayMs = 3_000;
    try {
      const ready = await fetch(`${stack.portal.url}/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: "not ready", checks: { database: { ok: true }, issuer: { ok: false, detail: "timed out" } } });
    } finally {
      stack.idp.behaviour.delayMs = 0;
    }
    expect((await fetch(`${stack.portal.url}/ready`)).status).toBe(200);
  });
});

describe("rate limits and body limits", () => {
  let limited: Stack;
  let token: string;
  beforeAll(async () => {
    limited = await startStack({ env: { RATE_LIMIT_LOGIN_PER_MINUTE: "3", RATE_LIMIT_API_PER_MINUTE: "4", RATE_LIMIT_SSO_PER_MINUTE: "5" } });
    // Uses the first of the three login attempts this minute.
    token = (
      (await (await login(JSON.stringify({ email: "platform-admin@example.com", password: "platform-admin-password" }))).json()) as { access_token: string }
    ).access_token;
  });
  afterAll(() => limited?.stop());
  const login = (body: string) => fetch(`${limited.portal.url}/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body });

  it("answers 429 with Retry-After after too many login attempts", async () => {
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await login(JSON.stringify({ email: "a@example.com", password: "nope" }))).status);
    expect(statuses).toEqual([401, 401, 429]);
    const response = await login(JSON.stringify({ email: "a@example.com", password: "nope" }));
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await response.json()) as { detail: string }).detail).toMatch(/^Too many requests; try again in \d+ s$/);
  });

  it("limits API calls per token", async () => {
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await fetch(`${limited.portal.url}/auth/users`, { headers: { authorization: `Bearer ${token}` } })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
  });

  it("limits SSO requests per address, sending a browser back to the login page", async () => {
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await fetch(`${limited.portal.url}/auth/sso/csrf`)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const callback = await fetch(`${limited.portal.url}/auth/sso/callback/okta?code=x&state=y`, { redirect: "manual" });
    expect(callback.headers.get("location")).toContain("/admin/login?error=rate_limited");
  });
});

describe("hostile and oversized input", () => {
  it("refuses an oversized login body with 413 and malformed JSON with 400, as JSON", async () => {
    const big = await fetch(`${stack.portal.url}/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "a@example.com", password: "x".repeat(20_000) }),
    });
    expect(big.status).toBe(413);
    expect(((await big.json()) as { detail: string }).detail).toContain("too large");
    const malformed = await fetch(`${stack.portal.url}/auth/login`, { method: "POST", body: '{"email": ' });
    expect(malformed.status).toBe(400);
  });

  it("never answers 500 to odd query strings and headers on the API", async () => {
    const odd = ["?limit=%00", "?q=%27%20OR%201%3D1--", `?q=${"%F0%9F%98%80".repeat(50)}`, "?cursor=%E0%A4%A", "?limit=1e309", `?${"a=1&".repeat(500)}`];
    for (const query of odd) {
      const response = await fetch(`${stack.portal.url}/auth/users${query}`, { headers: { authorization: "Bearer x".padEnd(2000, "y") } });
      expect(response.status).toBeLessThan(500);
      expect(response.headers.get("content-type")).toContain("application/json");
    }
  });
});
