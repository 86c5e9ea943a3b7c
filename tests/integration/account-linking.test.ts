import { demoUser } from "../helpers/demo-user";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken } from "@/lib/tokens/hash-token";
import { insertUser } from "../helpers/insert-user";
import { flag, portalDb, prismaTime } from "../helpers/portal-db";
import { ssoLogin } from "../helpers/sso-login";
import { startStack, type Stack } from "../helpers/start-stack";

// Who an Okta sign-in may become: never a local account, never an account linked to another Okta
// user, never an existing account through an unverified email, and never with an inherited admin flag.

const ADMIN_EMAIL = "platform-admin@example.com";
// An Okta admin can give any Okta user any email, the bootstrap admin's included.
const impostor = demoUser("00uImpostor0000000001", ADMIN_EMAIL, { groups: ["MCP Gateway Admins"] });
const attacker = demoUser("00uAttacker0000000001", "attacker@example.com");
const userA = demoUser("00uAAAAAAAAAAAAAAAAA", "alice@example.com");
const userB = demoUser("00uBBBBBBBBBBBBBBBBB", "bob@example.com");
const unverified = demoUser("00uUnverified0000001", "dir-mastered@example.com", { emailVerified: false });
const inheritor = demoUser("00uInheritor00000001", "inheritor@example.com");
const preAdmin = demoUser("00uPreAdmin000000001", "pre-admin@example.com");

const SCIM_USER = "urn:ietf:params:scim:schemas:core:2.0:User";
const PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

let stack: Stack;
let db: ReturnType<typeof portalDb>;
let scimSecret: string;

beforeAll(async () => {
  stack = await startStack({
    // Admin rights come from Okta groups here, so the app has a groups claim.
    idpBehaviour: { groupsClaim: true },
    // Unverified emails may sign in here: linking must still refuse them.
    env: { SSO_OKTA_ADMIN_GROUPS: '["MCP Gateway Admins"]', SSO_REQUIRE_VERIFIED_EMAIL: "false" },
    extraUsers: [impostor, attacker, userA, userB, unverified, inheritor, preAdmin],
  });
  db = portalDb(stack.portal.databaseUrl);
  scimSecret = `mcpscim_linking-${Math.random().toString(36).slice(2)}`;
  await db.run(
    `INSERT INTO "ApiToken" (id, name, kind, "tokenHash", prefix, "createdAt") VALUES ('tok-scim', 'okta', 'scim', ?, ?, ?)`,
    hashToken(scimSecret),
    scimSecret.slice(0, 12),
    prismaTime(),
  );
});
afterAll(async () => {
  await db?.close();
  await stack?.stop();
});

function scim(path: string, method: string, body?: unknown) {
  return fetch(`${stack.portal.url}/scim/v2${path}`, {
    method,
    headers: { authorization: `Bearer ${scimSecret}`, "content-type": "application/scim+json", accept: "application/scim+json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

type UserRow = {
  id: string;
  email: string;
  isAdmin: unknown;
  adminSource: string | null;
  authProvider: string;
  externalId: string | null;
  isActive: unknown;
  lastLoginAt: unknown;
};
const adminRow = () =>
  db.one<UserRow>(
    `SELECT id, email, "isAdmin", "adminSource", "authProvider", "externalId", "isActive", "lastLoginAt" FROM "User" WHERE email = ?`,
    ADMIN_EMAIL,
  );
const accountOwner = async (sub: string) =>
  (await db.one<{ userId: string }>(`SELECT "userId" FROM "Account" WHERE provider = 'okta' AND "providerAccountId" = ?`, sub))?.userId;
const errorCode = (location: string) => new URL(location).searchParams.get("error");

describe("account linking", () => {
  it("refuses an Okta identity whose email is the bootstrap admin's, writes nothing and audits it", async () => {
    const before = await adminRow();
    const counts = [await db.count("Account"), await db.count("Session"), await db.count("User")];
    const { location } = await ssoLogin(stack.portal.url, ADMIN_EMAIL);

    expect(errorCode(location)).toBe("local_account");
    const page = (await (await fetch(location)).text()).replaceAll("&#x27;", "'");
    expect(page).toContain("This email belongs to a local administrator account; it can't be used for Okta sign-in");
    expect(await adminRow()).toEqual(before);
    expect([await db.count("Account"), await db.count("Session"), await db.count("User")]).toEqual(counts);
    expect(await db.count("AuditEvent", "type = 'sso.login' AND outcome = 'failure' AND reason = 'local_account'")).toBe(1);
  });

  it("never lets a SCIM-written externalId turn an Okta sign-in into the bootstrap admin", async () => {
    const admin = (await adminRow())!;
    // The SCIM lane may hide local users from SCIM (404); either barrier is fine, the sign-in must never become the admin.
    const patch = await scim(`/Users/${admin.id}`, "PATCH", { schemas: [PATCH_OP], Operations: [{ op: "replace", value: { externalId: attacker.id } }] });
    expect([200, 404]).toContain(patch.status);

    const { location } = await ssoLogin(stack.portal.url, attacker.email);
    const owner = await accountOwner(attacker.id);
    expect(owner).not.toBe(admin.id);
    if (patch.status === 200) expect(errorCode(location)).toBe("local_account");
    const after = (await adminRow())!;
    expect({ ...after, externalId: null }).toEqual({ ...admin, externalId: null });
    expect(await db.count("Session", `"userId" = ?`, admin.id)).toBe(0);
  });

  it("refuses to link a SCIM user (externalId 00uA) by email to another Okta user 00uB; the real 00uA still signs in", async () => {
    const created = await scim("/Users", "POST", {
      schemas: [SCIM_USER],
      userName: userA.email,
      externalId: userA.id,
      active: true,
      name: { givenName: "Alice", familyName: "A" },
      emails: [{ primary: true, value: userA.email, type: "work" }],
    });
    expect(created.status).toBe(201);
    const scimUserId = ((await created.json()) as { id: string }).id;

    // An Okta admin gives B the email of A (and A another login for the moment).
    [userA.email, userB.email] = ["alice.renamed@example.com", "alice@example.com"];
    try {
      const { location } = await ssoLogin(stack.portal.url, "alice@example.com");
      expect(errorCode(location)).not.toBeNull();
      expect(new URL(location).pathname).toBe("/admin/login");
      expect(await accountOwner(userB.id)).toBeUndefined();
    } finally {
      [userA.email, userB.email] = ["alice@example.com", "bob@example.com"];
    }

    const { location } = await ssoLogin(stack.portal.url, userA.email);
    expect(location).toBe(`${stack.portal.url}/admin`);
    expect(await accountOwner(userA.id)).toBe(scimUserId);
  });

  it("with SSO_REQUIRE_VERIFIED_EMAIL=false: an unverified email never links to an existing account", async () => {
    const existing = await insertUser(db, unverified.email);
    const { location } = await ssoLogin(stack.portal.url, unverified.email);
    expect(errorCode(location)).toBe("email_unverified");
    expect(await accountOwner(unverified.id)).toBeUndefined();
    expect(await db.count("AuditEvent", "reason = 'email_unverified' AND details LIKE '%SSO_REQUIRE_VERIFIED_EMAIL%'")).toBeGreaterThanOrEqual(1);

    // The same identity with no account to take over is created just in time, and signs in again by sub.
    await db.run(`DELETE FROM "User" WHERE id = ?`, existing);
    expect(new URL((await ssoLogin(stack.portal.url, unverified.email)).location).pathname).toBe("/admin");
    const userId = await accountOwner(unverified.id);
    expect(userId).toBeDefined();
    expect(new URL((await ssoLogin(stack.portal.url, unverified.email)).location).pathname).toBe("/admin");
    expect(await accountOwner(unverified.id)).toBe(userId);
  });

  it("does not pass an admin flag on through linking by email unless it was granted by hand", async () => {
    const now = prismaTime();
    await db.run(
      `INSERT INTO "User" (id, email, "isAdmin", "adminSource", "authProvider", "createdAt", "updatedAt") VALUES ('u-inherit', ?, true, NULL, 'okta', ?, ?)`,
      inheritor.email,
      now,
      now,
    );
    expect(new URL((await ssoLogin(stack.portal.url, inheritor.email)).location).pathname).toBe("/admin");
    expect(await accountOwner(inheritor.id)).toBe("u-inherit");
    expect(flag((await db.one<UserRow>(`SELECT "isAdmin" FROM "User" WHERE id = 'u-inherit'`))!.isAdmin)).toBe(false);
    expect(await db.count("AuditEvent", `type = 'admin.revoked' AND "subjectId" = 'u-inherit'`)).toBe(1);
  });

  it("keeps an admin flag granted by hand when an admin pre-created the user", async () => {
    const id = await insertUser(db, "pre-admin@example.com");
    await db.run(`UPDATE "User" SET "isAdmin" = true, "adminSource" = 'manual' WHERE id = ?`, id);
    expect(new URL((await ssoLogin(stack.portal.url, preAdmin.email)).location).pathname).toBe("/admin");
    const row = (await db.one<UserRow>(`SELECT "isAdmin", "adminSource" FROM "User" WHERE id = ?`, id))!;
    expect([flag(row.isAdmin), row.adminSource]).toEqual([true, "manual"]);
  });
});
