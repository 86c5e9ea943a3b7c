import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../helpers/free-port";
import { portalDb } from "../helpers/portal-db";
import { startBalancer, type Balancer } from "../helpers/start-balancer";
import { startPortal, type RunningPortal } from "../helpers/start-portal";

const ADMIN = { PLATFORM_ADMIN_EMAIL: "platform-admin@example.com", PLATFORM_ADMIN_PASSWORD: "platform-admin-password", SSO_ENABLED: "false" };

/**
 * A password login (POST /auth/login) sent from a chosen loopback address (Linux routes all of
 * 127/8 to lo), so the socket address differs from every forwarded one in the test.
 */
function login(url: string, from: string, headers: Record<string, string>): Promise<{ status: number; requestId: string | undefined }> {
  const body = JSON.stringify({ email: ADMIN.PLATFORM_ADMIN_EMAIL, password: ADMIN.PLATFORM_ADMIN_PASSWORD });
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/auth/login`,
      { method: "POST", localAddress: from, headers: { "content-type": "application/json", "user-agent": `client-from-${from}`, ...headers } },
      (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode!, requestId: res.headers["x-request-id"] as string | undefined }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** The address the portal recorded on the login's audit event, found by the user agent the client sent. */
async function recordedAddress(portal: RunningPortal, from: string): Promise<string | null> {
  const db = portalDb(portal.databaseUrl);
  try {
    const row = await db.one<{ ip: string | null }>(`SELECT ip FROM "AuditEvent" WHERE type = 'login.local' AND "userAgent" = ?`, `client-from-${from}`);
    return row?.ip ?? null;
  } finally {
    await db.close();
  }
}

const forged = { "x-forwarded-for": "6.6.6.6", "x-portal-client-ip": "6.6.6.6", "x-real-ip": "6.6.6.6", "x-request-id": "chosen-by-client" };

describe("TRUSTED_PROXIES=0: clients connect directly", () => {
  let portal: RunningPortal;
  beforeAll(async () => {
    portal = await startPortal(await freePort(), { ...ADMIN, TRUSTED_PROXIES: "0" });
  });
  afterAll(() => portal?.stop());

  it("records the socket address, whatever X-Forwarded-For or the portal's own header say", async () => {
    const answer = await login(portal.url, "127.0.0.2", forged);
    expect(answer.status).toBe(200);
    expect(await recordedAddress(portal, "127.0.0.2")).toBe("127.0.0.2");
  });

  it("answers with a fresh request id instead of the client's", async () => {
    const answer = await login(portal.url, "127.0.0.4", forged);
    expect(answer.requestId).toMatch(/^[0-9a-f-]{36}$/);
    const health = await fetch(`${portal.url}/health`, { headers: { "x-request-id": "chosen-by-client" } });
    expect(health.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("TRUSTED_PROXIES=1: behind one load balancer", () => {
  let portal: RunningPortal;
  let balancer: Balancer;
  beforeAll(async () => {
    const port = await freePort();
    portal = await startPortal(port, { ...ADMIN, TRUSTED_PROXIES: "1" });
    balancer = await startBalancer(await freePort(), port);
  });
  afterAll(async () => {
    await balancer?.close();
    await portal?.stop();
  });

  it("records the address the balancer saw, not the one the client put in X-Forwarded-For", async () => {
    const answer = await login(balancer.url, "127.0.0.3", forged);
    expect(answer.status).toBe(200);
    // The portal's socket peer is the balancer (127.0.0.1); the balancer appended 127.0.0.3.
    expect(await recordedAddress(portal, "127.0.0.3")).toBe("127.0.0.3");
  });

  it("keeps a well-formed request id from the balancer and replaces a malformed one", async () => {
    expect((await login(balancer.url, "127.0.0.5", { "x-request-id": "lb-7f3a:01" })).requestId).toBe("lb-7f3a:01");
    expect((await login(balancer.url, "127.0.0.6", { "x-request-id": "no spaces allowed" })).requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
