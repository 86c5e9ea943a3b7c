import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken } from "@/lib/tokens/hash-token";
import { freePort } from "../helpers/free-port";
import { portalDb, prismaTime, type PortalDb } from "../helpers/portal-db";
import { startBalancer, type Balancer } from "../helpers/start-balancer";
import { startPortal, type RunningPortal } from "../helpers/start-portal";
import { createTestDatabase, TEST_DATABASE, type TestDatabase } from "../helpers/test-database";

const ENV = {
  SSO_ENABLED: "false",
  PLATFORM_ADMIN_EMAIL: "root@example.com",
  PLATFORM_ADMIN_PASSWORD: "root-password",
  LOG_LEVEL: "CRITICAL",
  RATE_LIMIT_LOGIN_PER_MINUTE: "5",
};

// PostgreSQL on purpose, whatever TEST_DATABASE says: sharing one count between instances is what
// its store is for (SQLite serves one instance, whose memory holds the count).
describe("the login limit behind a load balancer with two instances on one PostgreSQL database", () => {
  let database: TestDatabase;
  let balancer: Balancer;
  let a: RunningPortal;
  let b: RunningPortal;

  beforeAll(async () => {
    database = await createTestDatabase("postgresql");
    const [balancerPort, portA, portB] = await Promise.all([freePort(), freePort(), freePort()]);
    balancer = await startBalancer(balancerPort, portA);
    const env = { ...ENV, APP_URL: balancer.url };
    [a, b] = await Promise.all([startPortal(portA, env, { databaseUrl: database.url }), startPortal(portB, env, { databaseUrl: database.url })]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await balancer?.close();
    await database?.drop();
  });

  it("holds in total: with 5 a minute, the 6th attempt is refused whichever instance it reaches", async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 10; attempt++) {
      balancer.routeTo(attempt % 2 === 0 ? a.port : b.port);
      // An unknown account: every admitted attempt is a plain 401, never a lockout.
      const response = await fetch(`${balancer.url}/auth/login`, {
        method: "POST",
        body: JSON.stringify({ email: "nobody@example.com", password: "wrong-password" }),
      });
      statuses.push(response.status);
      if (response.status === 429) expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429, 429, 429]);
  });
});

describe(`bad Bearer tokens from one address (${TEST_DATABASE})`, () => {
  let portal: RunningPortal;
  let db: PortalDb;
  let scimSecret: string;

  beforeAll(async () => {
    portal = await startPortal(await freePort(), ENV);
    db = portalDb(portal.databaseUrl);
    scimSecret = `mcpscim_limit-${Math.random().toString(36).slice(2)}`;
    await db.run(
      `INSERT INTO "ApiToken" (id, name, kind, "tokenHash", prefix, "createdAt") VALUES (?, ?, ?, ?, ?, ?)`,
      "tok-okta",
      "okta",
      "scim",
      hashToken(scimSecret),
      scimSecret.slice(0, 12),
      prismaTime(),
    );
  });
  afterAll(async () => {
    await db?.close();
    await portal?.stop();
  });

  it("write one summarised audit row per address and minute, and are refused before any lookup once over the limit", async () => {
    expect((await fetch(`${portal.url}/scim/v2/Users?count=1`, { headers: { authorization: `Bearer ${scimSecret}` } })).status).toBe(200);
    const bad = [
      () => fetch(`${portal.url}/scim/v2/Users`, { headers: { authorization: "Bearer guess-1" } }),
      () => fetch(`${portal.url}/scim/v2/Users`, { headers: { authorization: "Bearer guess-2" } }),
      () => fetch(`${portal.url}/scim/v2/Groups`, { headers: {} }),
      () => fetch(`${portal.url}/auth/users`, { headers: { authorization: "Bearer guess-3" } }),
      () => fetch(`${portal.url}/auth/users`, { headers: { authorization: "Basic dXNlcjpwYXNz" } }),
    ];
    for (const request of bad) expect((await request()).status).toBe(401);
    const rows = await db.all<{ outcome: string; reason: string; details: string }>(
      `SELECT outcome, reason, details FROM "AuditEvent" WHERE type = 'auth.token_rejected'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ outcome: "failure", reason: "invalid_token" });
    expect(JSON.parse(rows[0].details)).toMatchObject({ count: 5 });

    // Over the limit: refused by address before the token is looked up or anything is written, a valid one included.
    const eventsBefore = await db.count("AuditEvent");
    for (const auth of ["Bearer guess-4", `Bearer ${scimSecret}`]) {
      const refused = await fetch(`${portal.url}/scim/v2/Users`, { headers: { authorization: auth } });
      expect(refused.status).toBe(429);
      expect(refused.headers.get("content-type")).toContain("application/scim+json");
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    }
    expect((await fetch(`${portal.url}/auth/users`, { headers: { authorization: "Bearer guess-5" } })).status).toBe(429);
    expect(await db.count("AuditEvent")).toBe(eventsBefore);
  });
});
