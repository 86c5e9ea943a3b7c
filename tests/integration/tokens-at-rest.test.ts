// Tokens and sessions at rest and over time (issue 10 §7): session rows hold only a hash of the
// cookie, API tokens of a deactivated user stay dead after reactivation, token lifetimes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken } from "@/lib/tokens/hash-token";
import { CookieJar } from "../helpers/cookie-jar";
import { portalDb, type PortalDb } from "../helpers/portal-db";
import { ssoLogin } from "../helpers/sso-login";
import { startStack, type Stack } from "../helpers/start-stack";
import { TEST_DATABASE } from "../helpers/test-database";

let stack: Stack;
let db: PortalDb;
beforeAll(async () => {
  // Admin rights come from Okta groups here, so the app has a groups claim.
  stack = await startStack({ idpBehaviour: { groupsClaim: true }, env: { SSO_OKTA_ADMIN_GROUPS: '["MCP Gateway Admins"]' } });
  db = portalDb(stack.portal.databaseUrl);
}, 120_000);
afterAll(async () => {
  await db?.close();
  await stack?.stop();
});

const COOKIE = "next-auth.session-token";

async function passwordSession(): Promise<CookieJar> {
  const jar = new CookieJar();
  const response = await jar.fetch(`${stack.portal.url}/admin/login/password`, {
    method: "POST",
    headers: { origin: stack.portal.url, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email: "platform-admin@example.com", password: "platform-admin-password" }),
  });
  expect(response.status).toBe(303);
  return jar;
}

describe(`session tokens at rest (${TEST_DATABASE})`, () => {
  it.each([
    ["password", passwordSession],
    ["Okta", async () => (await ssoLogin(stack.portal.url, "admin@example.com")).jar],
  ])("stores only the SHA-256 of a %s session's cookie, and the stored value is no cookie", async (_, signIn) => {
    const jar = await signIn();
    const cookie = jar.get(stack.portal.url, COOKIE)!;
    expect((await jar.fetch(`${stack.portal.url}/admin`)).status).toBe(200);

    const rows = await db.all<{ sessionToken: string }>(`SELECT "sessionToken" FROM "Session"`);
    expect(rows.map((row) => row.sessionToken)).not.toContain(cookie);
    expect(rows.map((row) => row.sessionToken)).toContain(hashToken(cookie));

    // Someone who reads the database can't sign in with what they read.
    for (const { sessionToken } of rows) {
      const thief = new CookieJar();
      thief.set(stack.portal.url, COOKIE, sessionToken);
      const response = await thief.fetch(`${stack.portal.url}/admin`);
      expect(response.status).toBe(307);
      expect(response.headers.get("location")).toContain("/admin/login");
    }
  });

  it("signs an Okta session out through next-auth's own endpoint, found by the cookie's hash", async () => {
    const { jar } = await ssoLogin(stack.portal.url, "user@example.com");
    const cookie = jar.get(stack.portal.url, COOKIE)!;
    const session = (await (await jar.fetch(`${stack.portal.url}/auth/sso/session`)).json()) as { user?: { email?: string } };
    expect(session.user?.email).toBe("user@example.com");
    const { csrfToken } = (await (await jar.fetch(`${stack.portal.url}/auth/sso/csrf`)).json()) as { csrfToken: string };
    await jar.fetch(`${stack.portal.url}/auth/sso/signout`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken }),
    });
    expect(await db.count("Session", '"sessionToken" = ?', hashToken(cookie))).toBe(0);
  });
});

describe(`API tokens over time (${TEST_DATABASE})`, () => {
  const lib = async () => {
    Object.assign(process.env, { DATABASE_URL: stack.portal.databaseUrl, SSO_ENABLED: "false", LOG_LEVEL: "ERROR" });
    return {
      ...(await import("@/lib/tokens/create-api-token")),
      ...(await import("@/lib/users/deactivate-user")),
      ...(await import("@/lib/users/reactivate-user")),
    };
  };
  const users = (secret: string) => fetch(`${stack.portal.url}/auth/users`, { headers: { authorization: `Bearer ${secret}` } });
  const actor = { email: "root@example.com" };

  it("keeps a deactivated admin's API token dead after reactivation, while a token made afterwards works", async () => {
    const { createApiToken, deactivateUser, reactivateUser } = await lib();
    await ssoLogin(stack.portal.url, "admin@example.com");
    const { id } = (await db.one<{ id: string }>(`SELECT id FROM "User" WHERE email = 'admin@example.com'`))!;
    const before = await createApiToken({ name: "before", kind: "api", userId: id, expiresInDays: 30, actor });
    expect((await users(before.secret)).status).toBe(200);

    await deactivateUser(id, actor);
    expect((await users(before.secret)).status).toBe(401);
    await reactivateUser(id, actor);
    expect((await users(before.secret)).status).toBe(401);

    const after = await createApiToken({ name: "after", kind: "api", userId: id, expiresInDays: 30, actor });
    expect((await users(after.secret)).status).toBe(200);
  });

  it("keeps the token dead when SCIM deactivates and reactivates the user", async () => {
    const { createApiToken } = await lib();
    const { id } = (await db.one<{ id: string }>(`SELECT id FROM "User" WHERE email = 'admin@example.com'`))!;
    const scimToken = await createApiToken({ name: "okta", kind: "scim", userId: null, expiresInDays: 365, actor });
    const api = await createApiToken({ name: "via-scim", kind: "api", userId: id, expiresInDays: 30, actor });
    expect((await users(api.secret)).status).toBe(200);
    const patch = (active: boolean) =>
      fetch(`${stack.portal.url}/scim/v2/Users/${id}`, {
        method: "PATCH",
        headers: { authorization: `Bearer ${scimToken.secret}`, "content-type": "application/scim+json" },
        body: JSON.stringify({ schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], Operations: [{ op: "replace", value: { active } }] }),
      });
    expect((await patch(false)).status).toBe(200);
    expect((await patch(true)).status).toBe(200);
    expect((await users(api.secret)).status).toBe(401);
  });

  it("refuses an expired token", async () => {
    const { createApiToken } = await lib();
    const { id } = (await db.one<{ id: string }>(`SELECT id FROM "User" WHERE email = 'platform-admin@example.com'`))!;
    const token = await createApiToken({ name: "short", kind: "api", userId: id, expiresInDays: 1, actor });
    expect((await users(token.secret)).status).toBe(200);
    await db.run(`UPDATE "ApiToken" SET "expiresAt" = ? WHERE id = ?`, new Date(Date.now() - 1000).toISOString().replace("Z", "+00:00"), token.token.id);
    expect((await users(token.secret)).status).toBe(401);
  });
});
