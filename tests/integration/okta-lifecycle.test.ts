// Okta's lifecycle signals against a real portal: Universal Logout, event hooks and dashboard-initiated sign-in.
import { generateKeyPairSync, randomBytes, randomUUID } from "node:crypto";
import { importJWK, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken } from "@/lib/tokens/hash-token";
import { portalDb, prismaTime } from "../helpers/portal-db";
import { ssoLogin } from "../helpers/sso-login";
import { freePort } from "../helpers/free-port";
import { oktaPortalEnv, startStack, type Stack } from "../helpers/start-stack";
import { startPortal } from "../helpers/start-portal";

const HOOK_SECRET = "hook-secret-0123456789abcdef";
const MAPPING = '{"MCP Gateway Users": "team-users", "Contractors": "team-contractors"}';

let stack: Stack;
let sql: ReturnType<typeof portalDb>;
let endpoint: string;

beforeAll(async () => {
  stack = await startStack({ eventHookSecret: HOOK_SECRET, env: { OKTA_GROUP_MAPPING: MAPPING, RATE_LIMIT_SSO_PER_MINUTE: "100000" } });
  sql = portalDb(stack.portal.databaseUrl);
  endpoint = `${stack.portal.url}/auth/global-token-revocation`;
});
afterAll(async () => {
  await sql?.close();
  await stack?.stop();
});

/** A signed-in browser and an API token for one demo user; `live()` says whether either still works. */
async function signedIn(email: string) {
  const { jar } = await ssoLogin(stack.portal.url, email);
  const user = await sql.one<{ id: string }>(`SELECT id FROM "User" WHERE email = ?`, email);
  const secret = `mgp_${randomBytes(24).toString("base64url")}`;
  await sql.run(
    `INSERT INTO "ApiToken" (id, name, kind, "tokenHash", prefix, "userId", "createdAt") VALUES (?, 'ci', 'api', ?, ?, ?, ?)`,
    randomUUID(),
    hashToken(secret),
    secret.slice(0, 8),
    user!.id,
    prismaTime(),
  );
  return {
    id: user!.id,
    jar,
    sessionLive: async () => (await jar.fetch(`${stack.portal.url}/admin/account`)).status === 200,
    tokenLive: async () => (await fetch(`${stack.portal.url}/auth/users`, { headers: { authorization: `Bearer ${secret}` } })).status !== 401,
  };
}

function claims(overrides: Record<string, unknown> = {}) {
  const now = Math.floor(Date.now() / 1000);
  return { iss: stack.idp.baseUrl, aud: endpoint, jti: randomBytes(12).toString("base64url"), iat: now, exp: now + 300, ...overrides };
}

const revoke = (jwt: string, body: unknown) =>
  fetch(endpoint, {
    method: "POST",
    headers: { authorization: `Bearer ${jwt}`, "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

const byEmail = (email: string) => ({ sub_id: { format: "email", email } });

describe("Universal Logout (Global Token Revocation)", () => {
  it("ends every session and API token of the user named by email, and audits it", async () => {
    const user = await signedIn("user@example.com");
    expect(await user.sessionLive()).toBe(true);
    expect(await user.tokenLive()).toBe(true);

    expect(await stack.idp.universalLogout("user@example.com")).toBe(204);

    expect(await user.sessionLive()).toBe(false);
    expect(await user.tokenLive()).toBe(false);
    const event = await sql.one<{ actorEmail: string; details: string }>(
      `SELECT "actorEmail", details FROM "AuditEvent" WHERE type = 'user.universal_logout' AND outcome = 'success' AND "subjectId" = ?`,
      user.id,
    );
    expect(event?.actorEmail).toBe("okta:universal-logout");
    expect(JSON.parse(event!.details)).toMatchObject({ format: "email", sessionsEnded: 1, tokensRevoked: 1 });
  });

  it("finds the user by issuer and subject (iss_sub) too", async () => {
    const user = await signedIn("mfa@example.com");
    expect(await stack.idp.universalLogout("mfa@example.com", "iss_sub")).toBe(204);
    expect(await user.sessionLive()).toBe(false);
  });

  it("refuses a JWT signed by a key Okta never published, and changes nothing", async () => {
    const user = await signedIn("admin@example.com");
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const forged = await new SignJWT(claims())
      .setProtectedHeader({ alg: "RS256", kid: "forged" })
      .sign(await importJWK(privateKey.export({ format: "jwk" }), "RS256"));
    const response = await revoke(forged, byEmail("admin@example.com"));
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toContain("Bearer");
    expect(await user.sessionLive()).toBe(true);
    expect(await user.tokenLive()).toBe(true);
  });

  it.each([
    ["another audience", { aud: "https://other.example/auth/global-token-revocation" }],
    ["another issuer", { iss: "https://evil.okta.example" }],
    ["an expired token", { iat: Math.floor(Date.now() / 1000) - 900, exp: Math.floor(Date.now() / 1000) - 600 }],
    ["a token issued in the future", { iat: Math.floor(Date.now() / 1000) + 900, exp: Math.floor(Date.now() / 1000) + 1200 }],
    ["no jti", { jti: undefined }],
  ])("refuses %s with 401 and changes nothing", async (_name, overrides) => {
    const user = await signedIn("admin@example.com");
    const response = await revoke(await stack.idp.signOktaJwt(claims(overrides)), byEmail("admin@example.com"));
    expect(response.status).toBe(401);
    expect(await user.sessionLive()).toBe(true);
  });

  it("accepts a jti once: a replayed request is refused", async () => {
    const jwt = await stack.idp.signOktaJwt(claims());
    expect((await revoke(jwt, byEmail("user@example.com"))).status).toBe(204);
    const user = await signedIn("user@example.com");
    expect((await revoke(jwt, byEmail("user@example.com"))).status).toBe(401);
    expect(await user.sessionLive()).toBe(true);
  });

  it("answers 404 for a subject that is not an Okta user here, the bootstrap admin included", async () => {
    expect((await revoke(await stack.idp.signOktaJwt(claims()), byEmail("nobody@example.com"))).status).toBe(404);
    const other = { sub_id: { format: "iss_sub", iss: "https://other.okta.example", sub: "00uXd3LBsAz1HYzitn9u" } };
    expect((await revoke(await stack.idp.signOktaJwt(claims()), other)).status).toBe(404);

    const admin = stack.portal.url;
    const login = await fetch(`${admin}/admin/login/password`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: admin },
      body: new URLSearchParams({ email: "platform-admin@example.com", password: "platform-admin-password", callbackUrl: "/admin" }),
    });
    expect(login.status).toBe(303);
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    expect((await revoke(await stack.idp.signOktaJwt(claims()), byEmail("platform-admin@example.com"))).status).toBe(404);
    expect((await fetch(`${admin}/admin/account`, { headers: { cookie } })).status).toBe(200);
  });

  it.each([
    ["not JSON", "sub_id=me"],
    ["no sub_id", {}],
    ["an unsupported format", { sub_id: { format: "phone_number", phone_number: "+15555550100" } }],
    ["an email that isn't one", { sub_id: { format: "email", email: "user" } }],
  ])("answers 400 for a body that is %s, and changes nothing", async (_name, body) => {
    const user = await signedIn("user@example.com");
    expect((await revoke(await stack.idp.signOktaJwt(claims()), body)).status).toBe(400);
    expect(await user.sessionLive()).toBe(true);
  });
});

describe("Okta event hooks", () => {
  const hook = (events: unknown[], secret = HOOK_SECRET) =>
    fetch(`${stack.portal.url}/hooks/okta`, {
      method: "POST",
      headers: { authorization: secret, "content-type": "application/json" },
      body: JSON.stringify({ eventType: "com.okta.event_hook", data: { events } }),
    });
  const oktaIdOf = async (email: string) =>
    (await sql.one<{ providerAccountId: string }>(`SELECT a."providerAccountId" FROM "Account" a JOIN "User" u ON u.id = a."userId" WHERE u.email = ?`, email))!
      .providerAccountId;
  const event = (eventType: string, oktaUserId: string, extra: { group?: string; published?: Date; uuid?: string } = {}) => ({
    uuid: extra.uuid ?? randomUUID(),
    eventType,
    published: (extra.published ?? new Date()).toISOString(),
    target: [
      { id: oktaUserId, type: "User", alternateId: "x", displayName: "X" },
      ...(extra.group ? [{ id: "00g1", type: "UserGroup", displayName: extra.group }] : []),
    ],
  });
  const memberships = async (email: string) =>
    (await sql.all<{ teamId: string }>(`SELECT m."teamId" FROM "TeamMember" m JOIN "User" u ON u.id = m."userId" WHERE u.email = ? ORDER BY 1`, email)).map(
      (row) => row.teamId,
    );
  const reactivate = (email: string) => sql.run(`UPDATE "User" SET "isActive" = true WHERE email = ?`, email);

  it("answers Okta's one-time verification", async () => {
    const response = await fetch(`${stack.portal.url}/hooks/okta`, { headers: { "x-okta-verification-challenge": "abc-123" } });
    expect(await response.json()).toEqual({ verification: "abc-123" });
  });

  it("refuses a delivery with the wrong secret and stores nothing", async () => {
    const response = await hook([event("user.lifecycle.suspend", "00uAnyone")], "wrong-secret-0123456789");
    expect(response.status).toBe(401);
    expect(await sql.count("OktaEvent")).toBe(0);
  });

  it("ends a suspended user's access at once, and applies a redelivered event once", async () => {
    const user = await signedIn("user@example.com");
    const suspend = event("user.lifecycle.suspend", await oktaIdOf("user@example.com"));
    expect((await hook([suspend])).status).toBe(200);
    expect(await user.sessionLive()).toBe(false);
    expect(await sql.one<{ isActive: unknown }>(`SELECT "isActive" FROM "User" WHERE id = ?`, user.id)).toMatchObject({ isActive: expect.anything() });
    expect(Boolean((await sql.one<{ isActive: unknown }>(`SELECT "isActive" FROM "User" WHERE id = ?`, user.id))!.isActive)).toBe(false);

    await reactivate("user@example.com");
    expect(await (await hook([suspend])).json()).toEqual({ received: 1, duplicates: 1 });
    expect(await sql.count("AuditEvent", `type = 'user.deactivated' AND "subjectId" = ?`, user.id)).toBe(1);
  });

  it.each(["user.lifecycle.deactivate", "user.lifecycle.delete.initiated"])("deactivates on %s", async (type) => {
    await reactivate("user@example.com");
    const user = await signedIn("user@example.com");
    expect(await stack.idp.sendEvent("user@example.com", type)).toBe(200);
    expect(await user.sessionLive()).toBe(false);
  });

  it("notes an unsuspend without reactivating: that stays an admin's or SCIM's decision", async () => {
    await sql.run(`UPDATE "User" SET "isActive" = false WHERE email = ?`, "user@example.com");
    expect((await hook([event("user.lifecycle.unsuspend", await oktaIdOf("user@example.com"))])).status).toBe(200);
    expect(Boolean((await sql.one<{ isActive: unknown }>(`SELECT "isActive" FROM "User" WHERE email = ?`, "user@example.com"))!.isActive)).toBe(false);
    expect(await sql.count("AuditEvent", `type = 'okta.event' AND reason = 'reactivation_not_automatic'`)).toBe(1);
    await reactivate("user@example.com");
  });

  it("follows group membership changes through OKTA_GROUP_MAPPING", async () => {
    await ssoLogin(stack.portal.url, "mfa@example.com");
    const id = await oktaIdOf("mfa@example.com");
    expect((await hook([event("group.user_membership.add", id, { group: "Contractors" })])).status).toBe(200);
    expect(await memberships("mfa@example.com")).toContain("team-contractors");
    expect((await hook([event("group.user_membership.remove", id, { group: "Contractors" })])).status).toBe(200);
    expect(await memberships("mfa@example.com")).not.toContain("team-contractors");
  });

  it("acknowledges event types it doesn't handle and users it doesn't know", async () => {
    const response = await hook([event("application.lifecycle.update", "00uNobody"), event("user.lifecycle.suspend", "00uNobody")]);
    expect(await response.json()).toEqual({ received: 2, duplicates: 0 });
  });

  it("handles a burst of 1,000 events without error, the newest change per user winning", async () => {
    await ssoLogin(stack.portal.url, "mfa@example.com");
    const id = await oktaIdOf("mfa@example.com");
    // After every event the earlier tests sent, which would otherwise be newer than these.
    const start = Date.now() + 1_000;
    // Alternating remove/add of one group: the newest (index 999) adds it, while the oldest delivery
    // (indexes 0–24) ends with a remove, so applying deliveries in arrival order would end wrong.
    const events = Array.from({ length: 1000 }, (_, i) =>
      event(i % 2 === 0 ? "group.user_membership.remove" : "group.user_membership.add", id, { group: "Contractors", published: new Date(start + i) }),
    );
    // Okta delivers in batches and doesn't promise their order: send them newest first, two at a time.
    const batches = Array.from({ length: 40 }, (_, i) => events.slice(i * 25, i * 25 + 25)).reverse();
    for (let i = 0; i < batches.length; i += 2) {
      const answers = await Promise.all(batches.slice(i, i + 2).map((batch) => hook(batch)));
      expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    }
    await expect.poll(() => sql.count("OktaEvent", `"appliedAt" IS NULL`), { timeout: 60_000 }).toBe(0);
    expect(await sql.count("OktaEvent", `result LIKE 'failed%'`)).toBe(0);
    expect(await memberships("mfa@example.com")).toContain("team-contractors");
  }, 120_000);

  it("applies at the next start an event that was stored but not applied (a crash right after answering)", async () => {
    await reactivate("admin@example.com");
    await ssoLogin(stack.portal.url, "admin@example.com");
    const payload = event("user.lifecycle.suspend", await oktaIdOf("admin@example.com"));
    await sql.run(
      `INSERT INTO "OktaEvent" (uuid, "eventType", "oktaUserId", published, "receivedAt", payload) VALUES (?, ?, ?, ?, ?, ?)`,
      payload.uuid,
      payload.eventType,
      payload.target[0].id,
      prismaTime(),
      prismaTime(),
      JSON.stringify(payload),
    );
    const second = await startPortal(await freePort(), oktaPortalEnv(stack.idp.issuer), { databaseUrl: stack.portal.databaseUrl });
    try {
      expect(await sql.one<{ result: string }>(`SELECT result FROM "OktaEvent" WHERE uuid = ?`, payload.uuid)).toEqual({ result: "deactivated" });
    } finally {
      await second.stop();
    }
  }, 90_000);
});

describe("sign-in started from the Okta dashboard (Initiate login URI)", () => {
  const initiate = (params: Record<string, string>) => fetch(`${stack.portal.url}/auth/sso/initiate?${new URLSearchParams(params)}`, { redirect: "manual" });
  const landing = (response: Response) => new URL(response.headers.get("location")!);

  it("hands over to the login page's Okta sign-in for the portal's own issuer or org", async () => {
    for (const iss of [stack.idp.issuer, stack.idp.baseUrl]) {
      const to = landing(await initiate({ iss }));
      expect(to.pathname).toBe("/admin/login");
      expect(to.searchParams.get("sso")).toBe("start");
      expect(to.searchParams.get("callbackUrl")).toBe(`${stack.portal.url}/admin`);
    }
  });

  it.each(["https://evil.example/admin", "//evil.example/admin", "/\t/evil.example", "javascript:alert(1)"])(
    "never lands outside the portal (target_link_uri %j)",
    async (target) => {
      expect(landing(await initiate({ iss: stack.idp.issuer, target_link_uri: target })).searchParams.get("callbackUrl")).toBe(`${stack.portal.url}/admin`);
    },
  );

  it("keeps a same-origin target_link_uri", async () => {
    expect(landing(await initiate({ iss: stack.idp.issuer, target_link_uri: `${stack.portal.url}/admin/users?q=a` })).searchParams.get("callbackUrl")).toBe(
      `${stack.portal.url}/admin/users?q=a`,
    );
  });

  it("shows a clear error for another issuer", async () => {
    const to = landing(await initiate({ iss: "https://evil.okta.example" }));
    expect(to.searchParams.get("error")).toBe("initiate_unknown_issuer");
    const page = await (await fetch(to)).text();
    expect(page).toContain("names an issuer other than the portal");
  });
});
