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
