import { demoUser } from "../helpers/demo-user";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runScript } from "../helpers/run-script";
import type { DemoUser } from "@/idp/accounts";
import { hashToken } from "@/lib/tokens/hash-token";
import { CookieJar } from "../helpers/cookie-jar";
import { flag, portalDb, prismaTime } from "../helpers/portal-db";
import { ssoLogin } from "../helpers/sso-login";
import { startStack, type Stack } from "../helpers/start-stack";

// Admin rights follow Okta everywhere: taken out of the admin group by directory sync or by a SCIM
// group push, an admin loses the console and every API token's admin power at their next request.

const ADMIN_GROUP = "MCP Gateway Admins";
const oktaAdmin = (id: string, email: string) => demoUser(id, email, { givenName: "Okta", familyName: "Admin", groups: [ADMIN_GROUP, "MCP Gateway Users"] });
const syncedAdmin = oktaAdmin("00uSyncedAdmin000001", "synced-admin@example.com");
const pushedAdmin = oktaAdmin("00uPushedAdmin000001", "pushed-admin@example.com");
const emptiedAdmin = oktaAdmin("00uEmptiedAdmin00001", "emptied-admin@example.com");
const deactivatedAdmin = oktaAdmin("00uDeactivated000001", "deactivated-admin@example.com");

let stack: Stack;
let db: ReturnType<typeof portalDb>;
let scimSecret: string;

beforeAll(async () => {
  stack = await startStack({
    // Admin rights come from Okta groups here, so the app has a groups claim.
    idpBehaviour: { groupsClaim: true },
    env: { SSO_OKTA_ADMIN_GROUPS: JSON.stringify([ADMIN_GROUP]), OKTA_GROUP_MAPPING: '{"MCP Gateway Users": "team-users"}' },
    extraUsers: [syncedAdmin, pushedAdmin, emptiedAdmin, deactivatedAdmin],
  });
  db = portalDb(stack.portal.databaseUrl);
  scimSecret = await insertToken("scim", null);
});
afterAll(async () => {
  await db?.close();
  await stack?.stop();
});

async function insertToken(kind: "api" | "scim", userId: string | null): Promise<string> {
  const secret = `mcp${kind}_revocation-${Math.random().toString(36).slice(2)}`;
  await db.run(
    `INSERT INTO "ApiToken" (id, name, kind, "tokenHash", prefix, "userId", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?)`,
    `tok-${secret.slice(-10)}`,
    kind,
    kind,
    hashToken(secret),
    secret.slice(0, 12),
    userId,
    prismaTime(),
  );
  return secret;
}

/** Signs the Okta admin in and gives them an API token, and checks both work as an admin. */
async function signedInAdmin(user: DemoUser): Promise<{ id: string; jar: CookieJar; token: string }> {
  const { jar, location } = await ssoLogin(stack.portal.url, user.email);
  expect(location).toBe(`${stack.portal.url}/admin`);
  const row = (await db.one<{ id: string; isAdmin: unknown; adminSource: string }>(
    `SELECT id, "isAdmin", "adminSource" FROM "User" WHERE email = ?`,
    user.email,
  ))!;
  expect([flag(row.isAdmin), row.adminSource]).toEqual([true, "okta"]);
  const token = await insertToken("api", row.id);
  expect(await apiStatus(token)).toBe(200);
  expect((await jar.fetch(`${stack.portal.url}/admin/users`)).status).toBe(200);
  return { id: row.id, jar, token };
}

const apiStatus = async (token: string) => (await fetch(`${stack.portal.url}/auth/users?limit=1`, { headers: { authorization: `Bearer ${token}` } })).status;

async function expectRevoked(admin: { id: string; jar: CookieJar; token: string }, source: string) {
  expect(await apiStatus(admin.token)).toBe(403);
  expect((await admin.jar.fetch(`${stack.portal.url}/admin/users`)).status).toBe(403);
  const row = (await db.one<{ isAdmin: unknown; adminSource: string | null }>(`SELECT "isAdmin", "adminSource" FROM "User" WHERE id = ?`, admin.id))!;
  expect([flag(row.isAdmin), row.adminSource]).toEqual([false, null]);
  const audit = await db.all<{ details: string }>(`SELECT details FROM "AuditEvent" WHERE type = 'admin.revoked' AND "subjectId" = ?`, admin.id);
  expect(audit.map((event) => JSON.parse(event.details).source)).toEqual([source]);
}

/** `npm run okta:sync` against this test's portal database and the bundled IdP's Okta API. */
async function runSync(env: Record<string, string> = {}): Promise<{ code: number | null; output: string }> {
  const run = await runScript("scripts/okta-sync.ts", {
    DATABASE_URL: stack.portal.databaseUrl,
    SSO_OKTA_ISSUER: stack.idp.issuer,
    SSO_OKTA_CLIENT_ID: "sync-test",
    SSO_OKTA_CLIENT_SECRET: "sync-test-secret",
    OKTA_API_TOKEN: "dev-okta-api-token",
    SSO_OKTA_ADMIN_GROUPS: JSON.stringify([ADMIN_GROUP]),
    OKTA_GROUP_MAPPING: '{"MCP Gateway Users": "team-users"}',
    ...env,
  });
  return { code: run.status, output: run.stdout + run.stderr };
}

describe("admin rights follow Okta", () => {
  it("directory sync: an admin taken out of the admin group loses the API and the console at once", { timeout: 90_000 }, async () => {
    const admin = await signedInAdmin(syncedAdmin);
    syncedAdmin.groups = ["MCP Gateway Users"];
    const sync = await runSync();
    expect(sync.code, sync.output).toBe(0);
    await expectRevoked(admin, "okta-sync");
  });

  it("SCIM group push: removing an admin from the pushed admin group revokes the right at once", async () => {
    const admin = await signedInAdmin(pushedAdmin);
    const headers = { authorization: `Bearer ${scimSecret}`, "content-type": "application/scim+json" };
    const group = await fetch(`${stack.portal.url}/scim/v2/Groups`, {
      method: "POST",
      headers,
      body: JSON.stringify({ schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"], displayName: ADMIN_GROUP, members: [{ value: admin.id }] }),
    });
    expect(group.status).toBe(201);
    const { id } = (await group.json()) as { id: string };
    // Pushing the membership grants nothing and takes nothing: the admin is still an admin.
    expect(await apiStatus(admin.token)).toBe(200);

    const patch = await fetch(`${stack.portal.url}/scim/v2/Groups/${id}`, {
      method: "PATCH",
      headers,
      body: JSON.stringify({
        schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        Operations: [{ op: "remove", path: `members[value eq "${admin.id}"]` }],
      }),
    });
    expect([200, 204]).toContain(patch.status);
    await expectRevoked(admin, "scim");
  });

  it("emptying SSO_OKTA_ADMIN_GROUPS revokes Okta-granted admins at their next sync, not hand-made ones", { timeout: 90_000 }, async () => {
    const admin = await signedInAdmin(emptiedAdmin);
    await ssoLogin(stack.portal.url, "user@example.com");
    await db.run(`UPDATE "User" SET "isAdmin" = true, "adminSource" = 'manual' WHERE email = 'user@example.com'`);
    const sync = await runSync({ SSO_OKTA_ADMIN_GROUPS: "[]" });
    expect(sync.code, sync.output).toBe(0);
    await expectRevoked(admin, "okta-sync");
    const handMade = (await db.one<{ isAdmin: unknown; adminSource: string }>(`SELECT "isAdmin", "adminSource" FROM "User" WHERE email = 'user@example.com'`))!;
    expect([flag(handMade.isAdmin), handMade.adminSource]).toEqual([true, "manual"]);
  });

  it("a SCIM deactivation ends the sessions and revokes the API tokens, which stay dead after reactivation", async () => {
    const admin = await signedInAdmin(deactivatedAdmin);
    const setActive = (active: boolean) =>
      fetch(`${stack.portal.url}/scim/v2/Users/${admin.id}`, {
        method: "PATCH",
        headers: { authorization: `Bearer ${scimSecret}`, "content-type": "application/scim+json" },
        body: JSON.stringify({ schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], Operations: [{ op: "replace", value: { active } }] }),
      });
    expect((await setActive(false)).status).toBe(200);
    expect(await apiStatus(admin.token)).toBe(401);
    expect((await admin.jar.fetch(`${stack.portal.url}/admin/users`)).status).toBe(307);
    expect(await db.count("ApiToken", `"userId" = ? AND "revokedAt" IS NULL`, admin.id)).toBe(0);
    const audit = (await db.one<{ details: string }>(`SELECT details FROM "AuditEvent" WHERE type = 'user.deactivated' AND "subjectId" = ?`, admin.id))!;
    expect(JSON.parse(audit.details)).toMatchObject({ source: "scim", tokensRevoked: 1 });

    expect((await setActive(true)).status).toBe(200);
    expect(await apiStatus(admin.token)).toBe(401);
  });
});
