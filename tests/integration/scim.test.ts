import { execFile } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CookieJar } from "../helpers/cookie-jar";
import { insertUser } from "../helpers/insert-user";
import { flag, portalDb, prismaTime } from "../helpers/portal-db";
import {
  deactivateOp,
  expectScimError,
  insertScimToken,
  newScimUser,
  scimClient,
  SCIM_GROUP as GROUP,
  SCIM_LIST as LIST,
  SCIM_PATCH_OP as PATCH_OP,
  SCIM_USER as USER,
  type Json,
} from "../helpers/scim-client";
import { ssoLogin } from "../helpers/sso-login";
import { startStack, TEST_CLIENT, type Stack } from "../helpers/start-stack";

let stack: Stack;
let db: ReturnType<typeof portalDb>;
let token: { id: string; secret: string };
const scim = scimClient(
  () => stack.portal.url,
  () => token.secret,
);
const insertToken = (name: string, kind?: string) => insertScimToken(db, name, kind);
const EXISTING = "existing@atko.com";
const filterUsers = (filter: string) => scim(`/Users?filter=${encodeURIComponent(filter)}`);

beforeAll(async () => {
  // DEBUG shows the attributes SCIM ignores.
  stack = await startStack({ env: { OKTA_GROUP_MAPPING: '{"MCP Gateway Users": "team-users"}', LOG_LEVEL: "DEBUG" } });
  db = portalDb(stack.portal.databaseUrl);
  token = await insertToken("okta");
  // Okta's spec test needs one user to exist; the bootstrap admin doesn't count, SCIM can't see it.
  await insertUser(db, EXISTING, { name: "Existing Person" });
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
    expect(user).toMatchObject({ id: expect.any(String), userName: EXISTING, active: true, name: { givenName: "Existing", familyName: "Person" } });
    expect(user.emails[0].value).toBe(EXISTING);
    firstId = user.id;
  });

  it("2: gets that user by id", async () => {
    const response = await scim(`/Users/${firstId}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: firstId, schemas: [USER], userName: EXISTING });
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
    expect(created.body).toMatchObject({
      schemas: [USER],
      userName: runscope.userName.toLowerCase(),
      active: true,
      name: { givenName: "Runscope123", familyName: "Tester" },
    });
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
    // Summarised per address and minute (a burst must not write a row per request); a minute boundary may split it in two.
    const rejections = await db.all<{ details: string }>(
      `SELECT details FROM "AuditEvent" WHERE type = 'auth.token_rejected' AND reason = 'invalid_token' AND "createdAt" >= ?`,
      prismaTime(new Date(Date.now() - 120_000)),
    );
    expect(rejections.length).toBeLessThanOrEqual(2);
    expect(rejections.reduce((sum, row) => sum + (JSON.parse(row.details) as { count: number }).count, 0)).toBeGreaterThanOrEqual(6);
  });
});

describe("SCIM tokens", () => {
  it("a token from `npm run token:create -- --scim --name okta` authenticates SCIM requests and is audited as created", async () => {
    const secret = await new Promise<string>((resolve, reject) => {
      execFile(
        process.execPath,
        [path.join(process.cwd(), "node_modules/tsx/dist/cli.mjs"), "scripts/token-create.ts", "--scim", "--name", "okta-cli"],
        {
          env: {
            PATH: process.env.PATH,
            HOME: process.env.HOME,
            NODE_ENV: "production",
            DATABASE_URL: stack.portal.databaseUrl,
            SSO_OKTA_ENABLED: "false",
            LOG_LEVEL: "WARNING",
          } as NodeJS.ProcessEnv,
          timeout: 30_000,
        },
        (error, stdout) => (error ? reject(error) : resolve(stdout.trim())),
      );
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
    const audit = await db.one<{ details: string }>(
      `SELECT details FROM "AuditEvent" WHERE type = 'scim.request' AND outcome = 'success' AND details LIKE ? ORDER BY "createdAt" DESC`,
      `%"method":"PATCH"%${user.id}%`,
    );
    expect(JSON.parse(audit!.details)).toMatchObject({ method: "PATCH", status: 200, tokenId: token.id, tokenName: "okta" });

    const renamed = await scim(`/Users/${user.id}`, {
      method: "PATCH",
      body: {
        schemas: [PATCH_OP],
        Operations: [
          { op: "Replace", path: "name.givenName", value: "Patched" },
          { op: "replace", path: "active", value: true },
        ],
      },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ active: true, name: { givenName: "Patched", familyName: "Me" } });
  });

  it("PUT replaces the whole user, as Okta's App Integration Wizard apps do", async () => {
    const { body: user } = await scim("/Users", { method: "POST", body: newScimUser("Put", "Before", { externalId: "00uPut" }) });
    const replaced = await scim(`/Users/${user.id}`, {
      method: "PUT",
      body: { ...newScimUser("Put", "After"), id: user.id, userName: "putafter@atko.com", active: false },
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ id: user.id, userName: "putafter@atko.com", active: false, name: { givenName: "Put", familyName: "After" } });
    expect(replaced.body.externalId).toBeUndefined();
    const row = await db.one<{ email: string; externalId: string | null; isActive: unknown }>(
      `SELECT email, "externalId", "isActive" FROM "User" WHERE id = ?`,
      user.id,
    );
    expect(row && { ...row, isActive: flag(row.isActive) }).toEqual({ email: "putafter@atko.com", externalId: null, isActive: false });
    expectScimError(await scim("/Users/does-not-exist", { method: "PUT", body: newScimUser("No", "One") }), 404);
  });

  it("pages past 100 with startIndex/count in a stable order, every user exactly once", async () => {
    const insert = `INSERT INTO "User" (id, email, "createdAt", "updatedAt") VALUES (?, ?, ?, ?)`;
    const at = prismaTime(new Date("2026-01-01T00:00:00.000Z"));
    for (let i = 0; i < 105; i++) await db.run(insert, `bulk-${String(i).padStart(3, "0")}`, `bulk${i}@atko.com`, at, at);
    const total = await db.count("User", `"authProvider" = 'okta'`);
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
    ["a missing userName", "/Users", "POST", JSON.stringify({ schemas: [USER], name: { givenName: "A" } }), 400, "invalidValue"],
    ["a blank userName", "/Users", "POST", JSON.stringify(newScimUser("x", "y", { userName: "  " })), 400, "invalidValue"],
    ["no email", "/Users", "POST", JSON.stringify(newScimUser("x", "y", { emails: [] })), 400, "invalidValue"],
    [
      "a primary email that isn't one",
      "/Users",
      "POST",
      JSON.stringify(newScimUser("x", "y", { emails: [{ primary: true, value: "x" }] })),
      400,
      "invalidValue",
    ],
    ["a userName nested 300,000 arrays deep", "/Users", "POST", `{"userName":${"[".repeat(300_000)}${"]".repeat(300_000)}}`, 400, "invalidValue"],
    ["active as a number", "/Users", "POST", JSON.stringify(newScimUser("x", "y", { active: 1 })), 400, "invalidValue"],
    [
      "a PATCH without the PatchOp schema",
      "/Users/ID",
      "PATCH",
      JSON.stringify({ Operations: [{ op: "replace", value: { active: false } }] }),
      400,
      "invalidValue",
    ],
    [
      "a PATCH with an unknown op",
      "/Users/ID",
      "PATCH",
      JSON.stringify({ schemas: [PATCH_OP], Operations: [{ op: "move", path: "active" }] }),
      400,
      "invalidValue",
    ],
    [
      "a PATCH on a malformed path",
      "/Users/ID",
      "PATCH",
      JSON.stringify({ schemas: [PATCH_OP], Operations: [{ op: "replace", path: "shoe size!", value: 1 }] }),
      400,
      "invalidPath",
    ],
    [
      "a PATCH removing the email",
      "/Users/ID",
      "PATCH",
      JSON.stringify({ schemas: [PATCH_OP], Operations: [{ op: "remove", path: "emails" }] }),
      400,
      "invalidValue",
    ],
    [
      "a PATCH setting active to a string",
      "/Users/ID",
      "PATCH",
      JSON.stringify({ schemas: [PATCH_OP], Operations: [{ op: "replace", path: "active", value: "maybe" }] }),
      400,
      "invalidValue",
    ],
    ["a group without displayName", "/Groups", "POST", JSON.stringify({ schemas: [GROUP], members: [] }), 400, "invalidValue"],
    [
      "a group with an unknown member",
      "/Groups",
      "POST",
      JSON.stringify({ schemas: [GROUP], displayName: "Ghosts", members: [{ value: "nobody" }] }),
      400,
      "invalidValue",
    ],
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

describe("SCIM userNames that are not emails (Okta logins)", () => {
  const jdoe = newScimUser("John", "Doe", { userName: "jdoe", emails: [{ primary: true, value: "jdoe@example.com", type: "work" }], externalId: "00uJdoe" });

  it("stores userName apart from emails[primary], finds it by userName, and answers 409 only for a real duplicate", async () => {
    const created = await scim("/Users", { method: "POST", body: jdoe });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ userName: "jdoe", emails: [{ value: "jdoe@example.com", primary: true }] });
    expect(await db.one(`SELECT email, "userName" FROM "User" WHERE id = ?`, created.body.id)).toEqual({ email: "jdoe@example.com", userName: "jdoe" });
    for (const filter of ['userName eq "jdoe"', 'userName eq "JDoe"', 'emails.value eq "jdoe@example.com"', 'externalId eq "00uJdoe"']) {
      expect(
        (await filterUsers(filter)).body.Resources.map((user: Json) => user.id),
        filter,
      ).toEqual([created.body.id]);
    }
    expect((await filterUsers('userName eq "jdoe@example.com"')).body.totalResults).toBe(0);

    expectScimError(await scim("/Users", { method: "POST", body: jdoe }), 409, "uniqueness");
    const sameLogin = await scim("/Users", {
      method: "POST",
      body: { ...jdoe, emails: [{ primary: true, value: "john.doe@example.com" }], externalId: "00uOther1" },
    });
    expectScimError(sameLogin, 409, "uniqueness");
    expect(sameLogin.body.detail).toContain("userName jdoe");
    const sameEmail = await scim("/Users", { method: "POST", body: { ...jdoe, userName: "john.doe", externalId: "00uOther2" } });
    expectScimError(sameEmail, 409, "uniqueness");
    expect(sameEmail.body.detail).toContain("jdoe@example.com");
    expect(await db.count("User", `email LIKE '%doe@example.com' OR "userName" IN ('jdoe', 'john.doe')`)).toBe(1);
  });

  it("a login that differs from the email is found by Okta's lookup, so Okta updates instead of POSTing a duplicate", async () => {
    const jane = newScimUser("Jane", "Login", { userName: "Jane.Login@corp.example", emails: [{ primary: true, value: "jane@example.com", type: "work" }] });
    const created = await scim("/Users", { method: "POST", body: jane });
    expect(created.status).toBe(201);
    // Okta's create flow: look the login up first, and only POST when it isn't found.
    const lookup = await scim(`/Users?filter=${encodeURIComponent('userName eq "Jane.Login@corp.example"')}&startIndex=1&count=100`);
    expect(lookup.body).toMatchObject({
      totalResults: 1,
      Resources: [{ id: created.body.id, userName: "jane.login@corp.example", emails: [{ value: "jane@example.com" }] }],
    });
    const updated = await scim(`/Users/${created.body.id}`, { method: "PUT", body: { ...jane, name: { givenName: "Janet", familyName: "Login" } } });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ userName: "jane.login@corp.example", name: { givenName: "Janet" } });
    expect(await db.count("User", `email = 'jane@example.com'`)).toBe(1);
    expect(await db.count("User", `email = 'jane.login@corp.example'`)).toBe(0);
  });

  it("PATCH changes the login and the email separately", async () => {
    const { body: user } = await scim("/Users", { method: "POST", body: newScimUser("Pat", "Login") });
    const patched = await scim(`/Users/${user.id}`, {
      method: "PATCH",
      body: {
        schemas: [PATCH_OP],
        Operations: [
          { op: "replace", path: "userName", value: "pat" },
          { op: "replace", path: 'emails[type eq "work"].value', value: "pat@example.com" },
        ],
      },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ userName: "pat", emails: [{ value: "pat@example.com" }] });
  });
});

describe("attributes and media types Okta may send", () => {
  it("ignores attributes the portal doesn't store (core, name, enterprise extension, custom) and logs them at debug level", async () => {
    const enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    const body = newScimUser("Extra", "Attrs", {
      schemas: [USER, enterprise],
      title: "Engineer",
      costCenter: "CC-7",
      name: { givenName: "Extra", familyName: "Attrs", middleName: "M", nickName: "Xtra" },
      [enterprise]: { employeeNumber: "42", department: "R&D", manager: { value: "00uBoss" } },
    });
    const created = await scim("/Users", { method: "POST", body });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ userName: "extraattrs@atko.com", name: { givenName: "Extra", familyName: "Attrs" } });
    expect((await scim(`/Users/${created.body.id}`, { method: "PUT", body: { ...body, costCenter: "CC-8" } })).status).toBe(200);
    const patched = await scim(`/Users/${created.body.id}`, {
      method: "PATCH",
      body: {
        schemas: [PATCH_OP],
        Operations: [{ op: "replace", value: { costCenter: "CC-9", [`${enterprise}:department`]: "Ops", displayName: "Extra A." } }],
      },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.displayName).toBe("Extra A.");
    const group = await scim("/Groups", {
      method: "POST",
      body: { schemas: [GROUP], displayName: "With description", description: "pushed by Okta", members: [] },
    });
    expect(group.status).toBe(201);
    const ignored = stack.portal
      .output()
      .split("\n")
      .filter((line) => line.includes("scim.attributes_ignored"));
    expect(ignored.some((line) => line.includes("costCenter"))).toBe(true);
    expect(ignored.some((line) => line.includes("description"))).toBe(true);
  });

  it("accepts application/json and application/scim+json bodies, and answers 415 to any other media type", async () => {
    const accepted = ["application/json", "application/scim+json", "application/scim+json; charset=utf-8", "Application/JSON;charset=UTF-8"];
    for (const [i, contentType] of accepted.entries()) {
      expect((await scim("/Users", { method: "POST", body: newScimUser("Media", `Type${i}`), contentType })).status, contentType).toBe(201);
    }
    for (const contentType of ["text/plain", "application/x-www-form-urlencoded", "text/json", null]) {
      const refused = await scim("/Users", { method: "POST", body: newScimUser("Media", "Refused"), contentType });
      expectScimError(refused, 415);
      expect(refused.body.detail).toContain("application/scim+json or application/json");
    }
    const { body: user } = await scim("/Users", { method: "POST", body: newScimUser("Media", "Patch") });
    expectScimError(await scim(`/Users/${user.id}`, { method: "PATCH", body: deactivateOp, contentType: "text/plain" }), 415);
    expect((await scim(`/Users/${user.id}`)).body.active).toBe(true);
    expect(await db.count("User", `email = 'mediarefused@atko.com'`)).toBe(0);
  });
});

describe("NUL characters in SCIM input are a 400, never stored and never a 500", () => {
  const NUL = "\u0000";
  it.each([
    ["a raw NUL in a filter", "GET", `/Users?filter=${encodeURIComponent(`userName eq "a${NUL}b@atko.com"`)}`, undefined],
    ["an escaped NUL in a filter", "GET", `/Users?filter=${encodeURIComponent('userName eq "a\\u0000b@atko.com"')}`, undefined],
    ["a group filter", "GET", `/Groups?filter=${encodeURIComponent(`displayName eq "G${NUL}"`)}`, undefined],
    ["a user id", "GET", "/Users/a%00b", undefined],
    ["a group id", "DELETE", "/Groups/a%00b", undefined],
    ["a userName", "POST", "/Users", newScimUser("Nul", "Name", { userName: `nul${NUL}@atko.com` })],
    ["a given name", "POST", "/Users", newScimUser("Nul", "Given", { name: { givenName: `N${NUL}`, familyName: "G" } })],
    ["an attribute name", "POST", "/Users", { ...newScimUser("Nul", "Key"), [`x${NUL}`]: 1 }],
    [
      "an extension value",
      "POST",
      "/Users",
      newScimUser("Nul", "Ext", { "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": { department: `R${NUL}D` } }),
    ],
    ["a PATCH value", "PATCH", "/Users/ID", { schemas: [PATCH_OP], Operations: [{ op: "replace", path: "displayName", value: `D${NUL}` }] }],
    ["a group name", "POST", "/Groups", { schemas: [GROUP], displayName: `G${NUL}` }],
  ])("%s", async (_, method, path, body) => {
    const { body: first } = await scim("/Users?count=1");
    const response = await scim(path.replace("ID", first.Resources[0].id), { method, body });
    expectScimError(response, 400, "invalidValue");
    expect(response.body.detail).toContain("NUL");
    expect(await db.count("User", "email LIKE 'nul%'")).toBe(0);
  });
});

describe("SCIM groups are teams", () => {
  it("pushes a group with members, finds it by displayName, renames it and changes members by PATCH, then deletes it", async () => {
    const { body: ann } = await scim("/Users", { method: "POST", body: newScimUser("Ann", "Member") });
    const { body: bob } = await scim("/Users", { method: "POST", body: newScimUser("Bob", "Member") });
    const pushed = await scim("/Groups", {
      method: "POST",
      body: { schemas: [GROUP], displayName: "Okta Engineers", externalId: "00gEng", members: [{ value: ann.id, display: ann.userName }] },
    });
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

    const replaced = await scim(`/Groups/${id}`, {
      method: "PATCH",
      body: { schemas: [PATCH_OP], Operations: [{ op: "replace", path: "members", value: [{ value: ann.id }, { value: bob.id }] }] },
    });
    expect(replaced.body.members.map((member: Json) => member.value).sort()).toEqual([ann.id, bob.id].sort());

    const put = await scim(`/Groups/${id}`, { method: "PUT", body: { schemas: [GROUP], id, displayName: "Okta Eng", members: [{ value: ann.id }] } });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ displayName: "Okta Eng", members: [{ value: ann.id }] });
    expect(await db.count("AuditEvent", "type IN ('team.created', 'team.updated') AND \"subjectId\" = ? AND \"actorEmail\" = 'scim:okta'", id)).toBe(4);

    const deleted = await fetch(`${stack.portal.url}/scim/v2/Groups/${id}`, { method: "DELETE", headers: { authorization: `Bearer ${token.secret}` } });
    expect(deleted.status).toBe(204);
    expectScimError(await scim(`/Groups/${id}`), 404);
    expect(await db.count("TeamMember", '"teamId" = ?', id)).toBe(0);
  });

  it("leaves memberships from other sources alone when SCIM replaces the member list", async () => {
    const { body: user } = await scim("/Users", { method: "POST", body: newScimUser("Manual", "Member") });
    const { body: group } = await scim("/Groups", { method: "POST", body: { schemas: [GROUP], displayName: "Mixed" } });
    await db.run(
      `INSERT INTO "TeamMember" ("teamId", "userId", role, source, "createdAt") VALUES (?, ?, 'member', 'manual', ?)`,
      group.id,
      user.id,
      prismaTime(),
    );
    await scim(`/Groups/${group.id}`, { method: "PATCH", body: { schemas: [PATCH_OP], Operations: [{ op: "replace", path: "members", value: [] }] } });
    expect(await db.count("TeamMember", '"teamId" = ? AND "userId" = ? AND source = \'manual\'', group.id, user.id)).toBe(1);
  });
});

describe("SCIM and Okta sign-in", () => {
  it("links a SCIM-provisioned user to their Okta sign-in by externalId, without a duplicate", async () => {
    // Okta sends its user id as externalId; the SCIM userName here differs from the login email on purpose.
    const created = await scim("/Users", {
      method: "POST",
      body: newScimUser("Uma", "User", { userName: "uma.user@example.com", externalId: "00u61Hm5D1mHGBXRyqZE" }),
    });
    expect(created.status).toBe(201);
    const { location } = await ssoLogin(stack.portal.url, "user@example.com");
    expect(location).toBe(`${stack.portal.url}/admin`);
    expect(await db.count("User", "email IN ('user@example.com', 'uma.user@example.com')")).toBe(1);
    expect(await db.one(`SELECT "userId" FROM "Account" WHERE "providerAccountId" = '00u61Hm5D1mHGBXRyqZE'`)).toEqual({ userId: created.body.id });
  });

  it("links a SCIM-provisioned user without externalId by email", async () => {
    const created = await scim("/Users", {
      method: "POST",
      body: newScimUser("Max", "Multifactor", { userName: "mfa@example.com", emails: [{ primary: true, value: "mfa@example.com", type: "work" }] }),
    });
    await ssoLogin(stack.portal.url, "mfa@example.com");
    expect(await db.count("User", "email = 'mfa@example.com'")).toBe(1);
    expect(await db.one(`SELECT "userId" FROM "Account" WHERE "providerAccountId" = '00uXAr9Sb5gbwnAw1F6J'`)).toEqual({ userId: created.body.id });
  });

  it("a SCIM deactivation ends the signed-in user's session on their next request; reactivation restores sign-in", async () => {
    const { jar } = await ssoLogin(stack.portal.url, "admin@example.com");
    expect((await jar.fetch(`${stack.portal.url}/admin`)).status).toBe(200);
    const user = (await db.one<{ id: string }>(`SELECT id FROM "User" WHERE email = 'admin@example.com'`))!;
    expect(await db.count("Session", '"userId" = ?', user.id)).toBeGreaterThan(0);
    // Signed in before SCIM ever saw them: their email stands in for the userName Okta looks up.
    expect((await filterUsers('userName eq "admin@example.com"')).body.Resources.map((found: Json) => found.id)).toEqual([user.id]);

    expect((await scim(`/Users/${user.id}`, { method: "PATCH", body: deactivateOp })).status).toBe(200);
    expect(await db.count("Session", '"userId" = ?', user.id)).toBe(0);
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
