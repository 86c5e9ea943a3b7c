import { execFile } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CookieJar } from "../helpers/cookie-jar";
import { flag, portalDb, prismaTime } from "../helpers/portal-db";
import { deactivateOp, expectScimError, insertScimToken, newScimUser, scimClient, SCIM_ERROR as ERROR, SCIM_GROUP as GROUP, SCIM_LIST as LIST, SCIM_PATCH_OP as PATCH_OP, SCIM_USER as USER, type Json } from "../helpers/scim-client";
import { ssoLogin } from "../helpers/sso-login";
import { startStack, TEST_CLIENT, type Stack } from "../helpers/start-stack";

let stack: Stack;
let db: ReturnType<typeof portalDb>;
let token: { id: string; secret: string };
const scim = scimClient(() => stack.portal.url, () => token.secret);
const insertToken = (name: string, kind?: string) => insertScimToken(db, name, kind);

beforeAll(async () => {
  stack = await startStack({ env: { OKTA_GROUP_MAPPING: '{"MCP Gateway Users": "team-users"}' } });
  db = portalDb(stack.portal.databaseUrl);
  token = await insertToken("okta");
});
afterAll(async () => {
  await db?.close();
  await stack?.stop();
});

describe("Okta SCIM 2.0 spec test (Runscope cases 1-12)", () => {
  let firstId: string;
  let createdId: string;
  const runscope = newScimUser("Runscope123", "Tester");

  it("1: lists users with count=1 as a ListResponse with integer counts and full resources", async () => {
    const response = await scim("/Users?count=1&startIndex=1");
    expect(response.status).toBe(200);
    expect(response.type).toContain("application/scim+json");
    expect(response.body.schemas).toEqual([LIST]);
    expect(response.body).toMatchObject({ startIndex: 1, itemsPerPage: 1 });
    expect(Number.isInteger(response.body.totalResults)).toBe(true);
    expect(response.body.totalResults).toBeGreaterThanOrEqual(1);
    const [user] = response.body.Resources;
    expect(user).toMatchObject({ id: expect.any(String), userName: "platform-admin@example.com", active: true, name: { givenName: expect.any(String), familyName: expect.any(String) } });
    expect(user.emails[0].value).toBe("platform-admin@example.com");
    firstId = user.id;
  });

  it("2: gets that user by id", async () => {
    const response = await scim(`/Users/${firstId}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: firstId, schemas: [USER], userName: "platform-admin@example.com" });
  });

  it("3 and 5: a filter on an unknown userName answers 200 with totalResults 0", async () => {
    for (const userName of ["abcdefgh@atko.com", runscope.userName]) {
      const response = await scim(`/Users?filter=${encodeURIComponent(`userName eq "${userName}"`)}&startIndex=1&count=100`);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ schemas: [LIST], totalResults: 0, Resources: [] });
    }
  });

  it("4 and 12: an unknown id is a 404 SCIM Error", async () => {
    expectScimError(await scim("/Users/010101001010101011001010101011"), 404);
    expectScimError(await scim("/Users/00919288221112222"), 404);
  });

  it("6 and 7: creates a user (sent as application/json) with 201 and the full resource, then reads it back", async () => {
    const created = await scim("/Users", { method: "POST", body: runscope, contentType: "application/json" });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ schemas: [USER], userName: runscope.userName.toLowerCase(), active: true, name: { givenName: "Runscope123", familyName: "Tester" } });
    expect(created.body.id).toEqual(expect.any(String));
    createdId = created.body.id;
    const read = await scim(`/Users/${createdId}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ userName: runscope.userName.toLowerCase(), name: { givenName: "Runscope123", familyName: "Tester" } });
    expect(await db.count("User", "id = ? AND \"givenName\" = 'Runscope123' AND \"familyName\" = 'Tester' AND \"authProvider\" = 'okta'", createdId)).toBe(1);
  });

  it("8: re-creating the same userName is a 409, also when only its case differs", async () => {
    expectScimError(await scim("/Users", { method: "POST", body: runscope }), 409, "uniqueness");
    expectScimError(await scim("/Users", { method: "POST", body: { ...runscope, userName: runscope.userName.toUpperCase() } }), 409, "uniqueness");
    expect(await db.count("User", "email = ?", runscope.userName.toLowerCase())).toBe(1);
  });

  it("9: the uppercase userName filter finds the user (userName is case-insensitive)", async () => {
    const response = await scim(`/Users?filter=${encodeURIComponent(`userName eq "${runscope.userName.toUpperCase()}"`)}`);
    expect(response.status).toBe(200);
    expect(response.body.totalResults).toBe(1);
    expect(response.body.Resources[0].id).toBe(createdId);
  });

  it("10: the Groups endpoint answers a ListResponse", async () => {
    const response = await scim("/Groups");
    expect(response.status).toBe(200);
    expect(response.body.schemas).toEqual([LIST]);
    expect(Array.isArray(response.body.Resources)).toBe(true);
  });

  it("11: refuses a missing, malformed, unknown, revoked or non-SCIM token with a 401 SCIM Error, and audits it", async () => {
    const apiToken = await insertToken("api-kind", "api");
    const revoked = await insertToken("revoked");
    await db.run(`UPDATE "ApiToken" SET "revokedAt" = ? WHERE id = ?`, prismaTime(), revoked.id);
    for (const auth of [null, "non-token", "Bearer wrong-secret", `Bearer ${apiToken.secret}`, `Bearer ${revoked.secret}`, `Basic ${token.secret}`]) {
      expectScimError(await scim(`/Users?filter=${encodeURIComponent('userName eq "x@atko.com"')}`, { auth }), 401);
    }
    expect(await db.count("AuditEvent", "type = 'scim.request' AND outcome = 'failure' AND reason = 'invalid_token'")).toBeGreaterThanOrEqual(6);
  });
});

describe("SCIM tokens", () => {
  it("a token from `npm run token:create -- --scim --name okta` authenticates SCIM requests and is audited as created", async () => {
    const secret = await new Promise<string>((resolve, reject) => {
      execFile(process.execPath, [path.join(process.cwd(), "node_modules/tsx/dist/cli.mjs"), "scripts/token-create.ts", "--scim", "--name", "okta-cli"], {
        env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "production", DATABASE_URL: stack.portal.databaseUrl, SSO_OKTA_ENABLED: "false", LOG_LEVEL: "WARNING" } as NodeJS.ProcessEnv,
        timeout: 30_000,
      }, (error, stdout) => (error ? reject(error) : resolve(stdout.trim())));
    });
    expect(secret).toMatch(/^mcpscim_[\w-]{43}$/);
    expect(await db.count("ApiToken", "name = 'okta-cli' AND kind = 'scim' AND \"tokenHash\" != ?", secret)).toBe(1);
    expect((await scim("/Users?count=1", { auth: `Bearer ${secret}` })).status).toBe(200);
    expect(await db.count("AuditEvent", "type = 'token.created' AND details LIKE '%okta-cli%'")).toBe(1);
  });
});

describe("SCIM users beyond the spec test", () => {
  it("filters on externalId and emails.value", async () => {
    const created = await scim("/Users", { method: "POST", body: newScimUser("Ext", "Filter", { externalId: "00uExtFilter" }) });
    expect(created.status).toBe(201);
    expect(created.body.externalId).toBe("00uExtFilter");
    const byExternalId = await scim(`/Users?filter=${encodeURIComponent('externalId eq "00uExtFilter"')}`);
    expect(byExternalId.body.Resources.map((user: Json) => user.id)).toEqual([created.body.id]);
    const byEmail = await scim(`/Users?filter=${encodeURIComponent('emails.value eq "EXTFILTER@atko.com"')}`);
    expect(byEmail.body.Resources.map((user: Json) => user.id)).toEqual([created.body.id]);
    expectScimError(await scim("/Users", { method: "POST", body: newScimUser("Other", "Person", { externalId: "00uExtFilter" }) }), 409, "uniqueness");
  });

  it("PATCH without a path ({active:false}) deactivates, PATCH with name.givenName renames, and each is audited with the token", async () => {
    const { body: user } = await scim("/Users", { method: "POST", body: newScimUser("Patch", "Me") });
    const deactivated = await scim(`/Users/${user.id}`, { method: "PATCH", body: deactivateOp });
    expect(deactivated.status).toBe(200);
    expect(deactivated.body.active).toBe(false);
    expect(flag((await db.one<{ isActive: unknown }>(`SELECT "isActive" FROM "User" WHERE id = ?`, user.id))?.isActive)).toBe(false);
    expect(await db.count("AuditEvent", "type = 'user.deactivated' AND \"subjectId\" = ? AND \"actorEmail\" = 'scim:okta'", user.id)).toBe(1);
    const audit = await db.one<{ details: string }>(`SELECT details FROM "AuditEvent" WHERE type = 'scim.request' AND outcome = 'success' AND details LIKE ? ORDER BY "createdAt" DESC`, `%"method":"PATCH"%${user.id}%`);
    expect(JSON.parse(audit!.details)).toMatchObject({ method: "PATCH", status: 200, tokenId: token.id, tokenName: "okta" });

    const renamed = await scim(`/Users/${user.id}`, { method: "PATCH", body: { schemas: [PATCH_OP], Operations: [{ op: "Replace", path: "name.givenName", value: "Patched" }, { op: "replace", path: "active", value: true }] } });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ active: true, name: { givenName: "Patched", familyName: "Me" } });
  });

  it("PUT replaces the whole user, as Okta's App Integration Wizard apps do", async () => {
    const { body: user } = await scim("/Users", { method: "POST", body: newScimUser("Put", "Before", { externalId: "00uPut" }) });
    const replaced = await scim(`/Users/${user.id}`, { method: "PUT", body: { ...newScimUser("Put", "After"), id: user.id, userName: "putafter@atko.com", active: false } });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ id: user.id, userName: "putafter@atko.com", active: false, name: { givenName: "Put", familyName: "After" } });
    expect(replaced.body.externalId).toBeUndefined();
    const row = await db.one<{ email: string; externalId: string | null; isActive: unknown }>(`SELECT email, "externalId", "isActive" FROM "User" WHERE id = ?`, user.id);
    expect(row && { ...row, isActive: flag(row.isActive) }).toEqual({ email: "putafter@atko.com", externalId: null, isActive: false });
    expectScimError(await scim("/Users/does-not-exist", { method: "PUT", body: newScimUser("No", "One") }), 404);
  });

  it("pages past 100 with startIndex/count in a stable order, every user exactly once", async () => {
    const insert = `INSERT INTO "User" (id, email, "createdAt", "updatedAt") VALUES (?, ?, ?, ?)`;
    const at = prismaTime(new Date("2026-01-01T00:00:00.000Z"));
    for (let i = 0; i < 105; i++) await db.run(insert, `bulk-${String(i).padStart(3, "0")}`, `bulk${i}@atko.com`, at, at);
    const total = await db.count("User");
    const first = await scim("/Users?startIndex=1&count=100");
    const second = await scim("/Users?startIndex=101&count=100");
    expect(first.body).toMatchObject({ totalResults: total, startIndex: 1, itemsPerPage: 100 });
    expect(second.body).toMatchObject({ totalResults: total, startIndex: 101, itemsPerPage: total - 100 });
    const ids = [...first.body.Resources, ...second.body.Resources].map((user: Json) => user.id);
    expect(new Set(ids).size).toBe(total);
    expect((await scim("/Users?startIndex=1&count=100")).body.Resources.map((user: Json) => user.id)).toEqual(ids.slice(0, 100));
  });

  it("DELETE removes the user with 204; the id is then a 404", async () => {
    const { body: user } = await scim("/Users", { method: "POST", body: newScimUser("Delete", "Me") });
    const deleted = await fetch(`${stack.portal.url}/scim/v2/Users/${user.id}`, { method: "DELETE", headers: { authorization: `Bearer ${token.secret}` } });
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe("");
    expectScimError(await scim(`/Users/${user.id}`), 404);
    expectScimError(await scim(`/Users/${user.id}`, { method: "DELETE" }), 404);
    expect(await db.count("AuditEvent", "type = 'user.deleted' AND \"subjectId\" = ?", user.id)).toBe(1);
  });
});

describe("bad SCIM input always gets a SCIM Error, never a 500", () => {
  it.each([
    ["malformed JSON", "/Users", "POST", "{not json", 400, "invalidSyntax"],
    ["a JSON array", "/Users", "POST", "[]", 400, "invalidSyntax"],
    ["an unknown attribute", "/Users", "POST", JSON.stringify({ ...newScimUser("Bad", "Attr"), shoeSize: 44 }), 400, "invalidSyntax"],
    ["a missing userName", "/Users", "POST", JSON.stringify({ schemas: [USER], name: { givenName: "A" } }), 400, "invalidValue"],
    ["a userName that isn't an email", "/Users", "POST", JSON.stringify(newScimUser("x", "y", { userName: "not-an-email" })), 400, "invalidValue"],
    ["active as a number", "/Users", "POST", JSON.stringify(newScimUser("x", "y", { active: 1 })), 400, "invalidValue"],
    ["a PATCH without the PatchOp schema", "/Users/ID", "PATCH", JSON.stringify({ Operations: [{ op: "replace", value: { active: false } }] }), 400, "invalidValue"],
    ["a PATCH with an unknown op", "/Users/ID", "PATCH", JSON.stringify({ schemas: [PATCH_OP], Operations: [{ op: "move", path: "active" }] }), 400, "invalidValue"],
    ["a PATCH on an unknown path", "/Users/ID", "PATCH", JSON.stringify({ schemas: [PATCH_OP], Operations: [{ op: "replace", path: "shoeSize", value: 1 }] }), 400, "invalidPath"],
    ["a PATCH setting active to a string", "/Users/ID", "PATCH", JSON.stringify({ schemas: [PATCH_OP], Operations: [{ op: "replace", path: "active", value: "maybe" }] }), 400, "invalidValue"],
    ["a group without displayName", "/Groups", "POST", JSON.stringify({ schemas: [GROUP], members: [] }), 400, "invalidValue"],
    ["a group with an unknown member", "/Groups", "POST", JSON.stringify({ schemas: [GROUP], displayName: "Ghosts", members: [{ value: "nobody" }] }), 400, "invalidValue"],
  ])("%s", async (_, path, method, body, status, scimType) => {
    const { body: user } = await scim("/Users?count=1");
    expectScimError(await scim(path.replace("ID", user.Resources[0].id), { method, body }), status as number, scimType as string);
  });

  it.each([
    ["an unsupported operator", 'userName co "a"'],
    ["an unsupported attribute", 'title eq "a"'],
    ["a combined filter", 'userName eq "a" and active eq true'],
    ["an unquoted value", "userName eq a"],
  ])("a filter with %s is a 400 invalidFilter", async (_, filter) => {
    expectScimError(await scim(`/Users?filter=${encodeURIComponent(filter)}`), 400, "invalidFilter");
  });

  it("non-integer paging, unknown endpoints and unsupported methods are SCIM Errors", async () => {
    expectScimError(await scim("/Users?count=ten"), 400, "invalidValue");
    expectScimError(await scim("/Bulk", { method: "POST", body: {} }), 404);
    expectScimError(await scim("/Users", { method: "DELETE" }), 405);
    expectScimError(await scim("/Groups/some-id", { method: "POST", body: {} }), 405);
    expect(await db.count("AuditEvent", "type = 'scim.request' AND details LIKE '%\"status\":500%'")).toBe(0);
  });
});

describe("SCIM groups are teams", () => {
  it("pushes a group with members, finds it by displayName, renames it and changes members by PATCH, then deletes it", async () => {
    const { body: ann } = await scim("/Users", { method: "POST", body: newScimUser("Ann", "Member") });
    const { body: bob } = await scim("/Users", { method: "POST", body: newScimUser("Bob", "Member") });
    const pushed = await scim("/Groups", { method: "POST", body: { schemas: [GROUP], displayName: "Okta Engineers", externalId: "00gEng", members: [{ value: ann.id, display: ann.userName }] } });
    expect(pushed.status).toBe(201);
    expect(pushed.body).toMatchObject({ schemas: [GROUP], displayName: "Okta Engineers", externalId: "00gEng", members: [{ value: ann.id }] });
    const id = pushed.body.id;
    expect(await db.one(`SELECT name, source FROM "Team" WHERE id = ?`, id)).toEqual({ name: "Okta Engineers", source: "scim" });
    expect(await db.all(`SELECT "userId", source FROM "TeamMember" WHERE "teamId" = ?`, id)).toEqual([{ userId: ann.id, source: "scim" }]);
    expectScimError(await scim("/Groups", { method: "POST", body: { schemas: [GROUP], displayName: "Okta Engineers" } }), 409, "uniqueness");

    const found = await scim(`/Groups?filter=${encodeURIComponent('displayName eq "Okta Engineers"')}&startIndex=1&count=100`);
    expect(found.body).toMatchObject({ totalResults: 1, Resources: [{ id }] });
    expect((await scim(`/Groups?filter=${encodeURIComponent('displayName eq "Nobody"')}`)).body.totalResults).toBe(0);

    const patched = await scim(`/Groups/${id}`, {
      method: "PATCH",
      body: {
        schemas: [PATCH_OP],
        Operations: [
          { op: "replace", value: { id, displayName: "Okta Engineering" } },
          { op: "add", path: "members", value: [{ value: bob.id, display: bob.userName }] },
          { op: "remove", path: `members[value eq "${ann.id}"]` },
        ],
      },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.displayName).toBe("Okta Engineering");
    expect(patched.body.members.map((member: Json) => member.value)).toEqual([bob.id]);
    expect(await db.all(`SELECT "userId" FROM "TeamMember" WHERE "teamId" = ? AND source = 'scim'`, id)).toEqual([{ userId: bob.id }]);

    const replaced = await scim(`/Groups/${id}`, { method: "PATCH", body: { schemas: [PATCH_OP], Operations: [{ op: "replace", path: "members", value: [{ value: ann.id }, { value: bob.id }] }] } });
    expect(replaced.body.members.map((member: Json) => member.value).sort()).toEqual([ann.id, bob.id].sort());

    const put = await scim(`/Groups/${id}`, { method: "PUT", body: { schemas: [GROUP], id, displayName: "Okta Eng", members: [{ value: ann.id }] } });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ displayName: "Okta Eng", members: [{ value: ann.id }] });
    expect(await db.count("AuditEvent", "type IN ('team.created', 'team.updated') AND \"subjectId\" = ? AND \"actorEmail\" = 'scim:okta'", id)).toBe(4);

    const deleted = await fetch(`${stack.portal.url}/scim/v2/Groups/${id}`, { method: "DELETE", headers: { authorization: `Bearer ${token.secret}` } });
    expect(deleted.status).toBe(204);
    expectScimError(await scim(`/Groups/${id}`), 404);
    expect(await db.count("TeamMember", "\"teamId\" = ?", id)).toBe(0);
  });

  it("leaves memberships from other sources alone when SCIM replaces the member list", async () => {
    const { body: user } = await scim("/Users", { method: "POST", body: newScimUser("Manual", "Member") });
    const { body: group } = await scim("/Groups", { method: "POST", body: { schemas: [GROUP], displayName: "Mixed" } });
    await db.run(`INSERT INTO "TeamMember" ("teamId", "userId", role, source, "createdAt") VALUES (?, ?, 'member', 'manual', ?)`, group.id, user.id, prismaTime());
    await scim(`/Groups/${group.id}`, { method: "PATCH", body: { schemas: [PATCH_OP], Operations: [{ op: "replace", path: "members", value: [] }] } });
    expect(await db.count("TeamMember", "\"teamId\" = ? AND \"userId\" = ? AND source = 'manual'", group.id, user.id)).toBe(1);
  });
});

describe("SCIM and Okta sign-in", () => {
  it("links a SCIM-provisioned user to their Okta sign-in by externalId, without a duplicate", async () => {
    // Okta sends its user id as externalId; the SCIM userName here differs from the login email on purpose.
    const created = await scim("/Users", { method: "POST", body: newScimUser("Uma", "User", { userName: "uma.user@example.com", externalId: "00u61Hm5D1mHGBXRyqZE" }) });
    expect(created.status).toBe(201);
    const { location } = await ssoLogin(stack.portal.url, "user@example.com");
    expect(location).toBe(`${stack.portal.url}/admin`);
    expect(await db.count("User", "email IN ('user@example.com', 'uma.user@example.com')")).toBe(1);
    expect(await db.one(`SELECT "userId" FROM "Account" WHERE "providerAccountId" = '00u61Hm5D1mHGBXRyqZE'`)).toEqual({ userId: created.body.id });
  });

  it("links a SCIM-provisioned user without externalId by email", async () => {
    const created = await scim("/Users", { method: "POST", body: newScimUser("Max", "Multifactor", { userName: "mfa@example.com" }) });
    await ssoLogin(stack.portal.url, "mfa@example.com");
    expect(await db.count("User", "email = 'mfa@example.com'")).toBe(1);
    expect(await db.one(`SELECT "userId" FROM "Account" WHERE "providerAccountId" = '00uXAr9Sb5gbwnAw1F6J'`)).toEqual({ userId: created.body.id });
  });

  it("a SCIM deactivation ends the signed-in user's session on their next request; reactivation restores sign-in", async () => {
    const { jar } = await ssoLogin(stack.portal.url, "admin@example.com");
    expect((await jar.fetch(`${stack.portal.url}/admin`)).status).toBe(200);
    const user = (await db.one<{ id: string }>(`SELECT id FROM "User" WHERE email = 'admin@example.com'`))!;
    expect(await db.count("Session", "\"userId\" = ?", user.id)).toBeGreaterThan(0);

    expect((await scim(`/Users/${user.id}`, { method: "PATCH", body: deactivateOp })).status).toBe(200);
    expect(await db.count("Session", "\"userId\" = ?", user.id)).toBe(0);
    const next = await jar.fetch(`${stack.portal.url}/admin`);
    expect(next.status).toBe(307);
    expect(next.headers.get("location")).toContain("/admin/login");
    expect((await ssoLogin(stack.portal.url, "admin@example.com")).location).toContain("/admin/login?error=");

    await scim(`/Users/${user.id}`, { method: "PATCH", body: { schemas: [PATCH_OP], Operations: [{ op: "replace", value: { active: true } }] } });
    expect((await ssoLogin(stack.portal.url, "admin@example.com")).location).toBe(`${stack.portal.url}/admin`);
  });
});

describe("SCIM discovery", () => {
  it("describes what is supported at /ServiceProviderConfig, /ResourceTypes and /Schemas", async () => {
    const config = await scim("/ServiceProviderConfig");
    expect(config.status).toBe(200);
    expect(config.body).toMatchObject({ patch: { supported: true }, bulk: { supported: false }, filter: { supported: true } });
    const types = await scim("/ResourceTypes");
    expect(types.body.Resources.map((type: Json) => type.endpoint)).toEqual(["/Users", "/Groups"]);
    const schemas = await scim("/Schemas");
    expect(schemas.body.Resources.map((schema: Json) => schema.id)).toEqual([USER, GROUP]);
  });
});

describe("the Settings page", () => {
  it("shows admins the SSO summary without secrets, and the sync button disabled with why when OKTA_API_TOKEN is unset", async () => {
    const jar = new CookieJar();
    const login = await jar.fetch(`${stack.portal.url}/admin/login/password`, {
      method: "POST",
      headers: { origin: stack.portal.url, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email: "platform-admin@example.com", password: "platform-admin-password", callbackUrl: "/admin/settings" }),
    });
    expect(login.status).toBe(303);
    const page = await jar.fetch(`${stack.portal.url}/admin/settings`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(stack.idp.issuer);
    expect(html).toContain(TEST_CLIENT.id);
    expect(html).toContain("MCP Gateway Users → team-users (member)");
    expect(html).not.toContain(TEST_CLIENT.secret);
    expect(html).toMatch(/<button[^>]*disabled[^>]*>Sync now/);
    expect(html).toContain("Off: set OKTA_API_TOKEN");
    expect(html).toContain(token.secret.slice(0, 12));
    expect(html).not.toContain(token.secret);
  });

  it("is for admins only", async () => {
    const { jar } = await ssoLogin(stack.portal.url, "user@example.com");
    expect((await jar.fetch(`${stack.portal.url}/admin/settings`)).status).toBe(403);
  });
});
