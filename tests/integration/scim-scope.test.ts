import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { flag, portalDb, prismaTime } from "../helpers/portal-db";
import { deactivateOp, expectScimError, insertScimToken, newScimUser, scimClient, SCIM_GROUP, SCIM_PATCH_OP, type Json } from "../helpers/scim-client";
import { startStack, type Stack } from "../helpers/start-stack";

// What a SCIM token may touch (issue 10 §2): only what Okta owns, whatever the token holder tries.

let stack: Stack;
let db: ReturnType<typeof portalDb>;
let token: { id: string; secret: string };
const scim = scimClient(
  () => stack.portal.url,
  () => token.secret,
);

const ADMIN_EMAIL = "platform-admin@example.com";
let adminId: string;
const LOCAL = { id: "local-ops", email: "ops-local@example.com" };

type UserRow = { email: string; name: string | null; externalId: string | null; isActive: unknown; isAdmin: unknown };
const userRow = async (id: string) => {
  const row = await db.one<UserRow>(`SELECT email, name, "externalId", "isActive", "isAdmin" FROM "User" WHERE id = ?`, id);
  return row && { ...row, isActive: flag(row.isActive), isAdmin: flag(row.isAdmin) };
};

beforeAll(async () => {
  stack = await startStack();
  db = portalDb(stack.portal.databaseUrl);
  token = await insertScimToken(db, "okta");
  adminId = (await db.one<{ id: string }>(`SELECT id FROM "User" WHERE email = ?`, ADMIN_EMAIL))!.id;
  const now = prismaTime();
  await db.run(
    `INSERT INTO "User" (id, email, name, "isAdmin", "adminSource", "authProvider", "passwordHash", "createdAt", "updatedAt") VALUES (?, ?, 'Ops', true, 'manual', 'local', 'scrypt$x', ?, ?)`,
    LOCAL.id,
    LOCAL.email,
    now,
    now,
  );
});
afterAll(async () => {
  await db?.close();
  await stack?.stop();
});

describe("SCIM sees only users Okta owns", () => {
  it("the bootstrap admin and local users are absent from lists and filters", async () => {
    const okta = await scim("/Users", { method: "POST", body: newScimUser("Okta", "Owned") });
    expect(okta.status).toBe(201);
    const all = await scim("/Users?startIndex=1&count=1000");
    expect(all.status).toBe(200);
    const ids = all.body.Resources.map((user: Json) => user.id);
    expect(ids).toContain(okta.body.id);
    expect(ids).not.toContain(adminId);
    expect(ids).not.toContain(LOCAL.id);
    expect(all.body.totalResults).toBe(ids.length);
    for (const filter of [`userName eq "${ADMIN_EMAIL}"`, `emails.value eq "${LOCAL.email}"`, `userName eq "${LOCAL.email.toUpperCase()}"`]) {
      const found = await scim(`/Users?filter=${encodeURIComponent(filter)}`);
      expect(found.body, filter).toMatchObject({ totalResults: 0, Resources: [] });
    }
  });

  it("GET, PATCH, PUT and DELETE by id answer 404 for local users and change nothing", async () => {
    for (const id of [adminId, LOCAL.id]) {
      const before = await userRow(id);
      expectScimError(await scim(`/Users/${id}`), 404);
      // The takeover of issue 10 §1: point the admin's externalId at the attacker's Okta user.
      expectScimError(
        await scim(`/Users/${id}`, {
          method: "PATCH",
          body: { schemas: [SCIM_PATCH_OP], Operations: [{ op: "replace", path: "externalId", value: "00uAttacker" }] },
        }),
        404,
      );
      expectScimError(await scim(`/Users/${id}`, { method: "PATCH", body: deactivateOp }), 404);
      expectScimError(
        await scim(`/Users/${id}`, {
          method: "PUT",
          body: newScimUser("Taken", "Over", {
            userName: before!.email,
            emails: [{ primary: true, value: before!.email }],
            externalId: "00uAttacker",
            active: false,
          }),
        }),
        404,
      );
      expectScimError(await scim(`/Users/${id}`, { method: "DELETE" }), 404);
      expect(await userRow(id)).toEqual(before);
    }
  });

  it("a POST with a local user's email is a 409 that takes nothing over and names no account", async () => {
    const before = await userRow(adminId);
    for (const email of [ADMIN_EMAIL, ADMIN_EMAIL.toUpperCase(), LOCAL.email]) {
      const response = await scim("/Users", {
        method: "POST",
        body: newScimUser("Evil", "Twin", { userName: email, emails: [{ primary: true, value: email, type: "work" }], externalId: `00uEvil${email.length}` }),
      });
      expectScimError(response, 409, "uniqueness");
      expect(response.body.detail).not.toContain(adminId);
      expect(response.body.detail).not.toContain(LOCAL.id);
    }
    // An Okta login equal to a local account's email, with another address: it would pass for that account.
    const lookalike = await scim("/Users", { method: "POST", body: newScimUser("Look", "Alike", { userName: ADMIN_EMAIL, externalId: "00uEvilLogin" }) });
    expectScimError(lookalike, 409, "uniqueness");
    expect(lookalike.body.detail).not.toContain(adminId);
    expect(await userRow(adminId)).toEqual(before);
    expect(await db.count("User", `"externalId" LIKE '00uEvil%'`)).toBe(0);
  });

  it("an Okta user can't be renamed onto a local user's email", async () => {
    const { body: user } = await scim("/Users", { method: "POST", body: newScimUser("Re", "Named") });
    const emailTo = (value: string) => ({
      schemas: [SCIM_PATCH_OP],
      Operations: [{ op: "replace", path: "emails", value: [{ primary: true, value, type: "work" }] }],
    });
    expectScimError(await scim(`/Users/${user.id}`, { method: "PATCH", body: emailTo(ADMIN_EMAIL) }), 409, "uniqueness");
    expectScimError(
      await scim(`/Users/${user.id}`, { method: "PUT", body: newScimUser("Re", "Named", { emails: [{ primary: true, value: LOCAL.email }] }) }),
      409,
      "uniqueness",
    );
    expect((await userRow(user.id))!.email).toBe("renamed@atko.com");
  });

  it("a group push can't make a local user a member", async () => {
    expectScimError(
      await scim("/Groups", { method: "POST", body: { schemas: [SCIM_GROUP], displayName: "Sneaky", members: [{ value: adminId }] } }),
      400,
      "invalidValue",
    );
    const { body: group } = await scim("/Groups", { method: "POST", body: { schemas: [SCIM_GROUP], displayName: "Sneaky" } });
    expectScimError(
      await scim(`/Groups/${group.id}`, {
        method: "PATCH",
        body: { schemas: [SCIM_PATCH_OP], Operations: [{ op: "add", path: "members", value: [{ value: LOCAL.id }] }] },
      }),
      400,
      "invalidValue",
    );
    expect(await db.count("TeamMember", `"userId" IN (?, ?)`, adminId, LOCAL.id)).toBe(0);
  });

  it("a local user a human added to a SCIM team is not shown among its members", async () => {
    const { body: okta } = await scim("/Users", { method: "POST", body: newScimUser("Team", "Mate") });
    const { body: group } = await scim("/Groups", {
      method: "POST",
      body: { schemas: [SCIM_GROUP], displayName: "Mixed company", members: [{ value: okta.id }] },
    });
    await db.run(
      `INSERT INTO "TeamMember" ("teamId", "userId", role, source, "createdAt") VALUES (?, ?, 'member', 'manual', ?)`,
      group.id,
      LOCAL.id,
      prismaTime(),
    );
    const read = await scim(`/Groups/${group.id}`);
    expect(read.body.members.map((member: Json) => member.value)).toEqual([okta.id]);
  });
});

describe("SCIM sees only teams it pushed", () => {
  const teams = [
    { id: "team-manual", name: "Platform", source: "manual", says: "by hand" },
    { id: "team-mapped", name: "team-users", source: "mapping", says: "OKTA_GROUP_MAPPING" },
  ];
  beforeAll(async () => {
    for (const team of teams)
      await db.run(
        `INSERT INTO "Team" (id, name, source, "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?)`,
        team.id,
        team.name,
        team.source,
        prismaTime(),
        prismaTime(),
      );
  });
  const teamRow = (id: string) => db.one(`SELECT name, source, "externalId" FROM "Team" WHERE id = ?`, id);

  it("other teams are absent from lists and filters, and 404 by id for every method", async () => {
    const list = await scim("/Groups?count=1000");
    const listed = list.body.Resources.map((group: Json) => group.id);
    for (const team of teams) expect(listed).not.toContain(team.id);
    for (const team of teams) {
      expect((await scim(`/Groups?filter=${encodeURIComponent(`displayName eq "${team.name}"`)}`)).body.totalResults).toBe(0);
      const before = await teamRow(team.id);
      expectScimError(await scim(`/Groups/${team.id}`), 404);
      expectScimError(
        await scim(`/Groups/${team.id}`, {
          method: "PATCH",
          body: { schemas: [SCIM_PATCH_OP], Operations: [{ op: "replace", value: { displayName: "Renamed by SCIM" } }] },
        }),
        404,
      );
      expectScimError(
        await scim(`/Groups/${team.id}`, { method: "PUT", body: { schemas: [SCIM_GROUP], displayName: "Renamed by SCIM", externalId: "00gX" } }),
        404,
      );
      expectScimError(await scim(`/Groups/${team.id}`, { method: "DELETE" }), 404);
      expect(await teamRow(team.id)).toEqual(before);
    }
  });

  it("a pushed group named like another team is a 409 that says which team holds the name, and merges nothing", async () => {
    for (const team of teams) {
      const response = await scim("/Groups", { method: "POST", body: { schemas: [SCIM_GROUP], displayName: team.name, externalId: "00gDup" } });
      expectScimError(response, 409, "uniqueness");
      expect(response.body.detail).toContain(team.id);
      expect(response.body.detail).toContain(team.says);
      expect(await db.count("Team", "name = ?", team.name)).toBe(1);
    }
    const { body: pushed } = await scim("/Groups", { method: "POST", body: { schemas: [SCIM_GROUP], displayName: "Pushed" } });
    const renamed = await scim(`/Groups/${pushed.id}`, {
      method: "PATCH",
      body: { schemas: [SCIM_PATCH_OP], Operations: [{ op: "replace", value: { id: pushed.id, displayName: "Platform" } }] },
    });
    expectScimError(renamed, 409, "uniqueness");
    expect(renamed.body.detail).toContain("team-manual");
    expect(await teamRow(pushed.id)).toEqual({ name: "Pushed", source: "scim", externalId: null });
  });
});

describe("PUT without active", () => {
  it("keeps the current value instead of reactivating the user", async () => {
    const { body: user } = await scim("/Users", { method: "POST", body: newScimUser("Put", "Inactive") });
    expect((await scim(`/Users/${user.id}`, { method: "PATCH", body: deactivateOp })).body.active).toBe(false);
    const { active: _, ...withoutActive } = newScimUser("Put", "Renamed", {
      userName: "putinactive@atko.com",
      emails: [{ primary: true, value: "putinactive@atko.com" }],
    });
    const put = await scim(`/Users/${user.id}`, { method: "PUT", body: withoutActive });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ active: false, name: { familyName: "Renamed" } });
    expect((await userRow(user.id))!.isActive).toBe(false);
    expect(await db.count("AuditEvent", `type = 'user.reactivated' AND "subjectId" = ?`, user.id)).toBe(0);
  });
});

describe("the SCIM body limit", () => {
  /** Sends `head` and then holds the body open; resolves with the status the portal answers with, if it does. */
  function postWithoutEnd(headers: Record<string, string>, head: Buffer): Promise<{ status: number; body: Json }> {
    return new Promise((resolve, reject) => {
      const url = new URL(`${stack.portal.url}/scim/v2/Users`);
      const request = httpRequest(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: "POST",
          headers: { authorization: `Bearer ${token.secret}`, "content-type": "application/scim+json", ...headers },
        },
        (response) => {
          let text = "";
          response.on("data", (chunk) => (text += chunk));
          response.on("end", () => {
            request.destroy();
            resolve({ status: response.statusCode ?? 0, body: text ? JSON.parse(text) : null });
          });
        },
      );
      request.on("error", reject);
      setTimeout(() => {
        request.destroy();
        reject(new Error("no answer within 10 s: the portal waited for the end of the body"));
      }, 10_000).unref();
      request.write(head);
      // The rest never comes: a server that buffers the whole body first never answers.
    });
  }

  it("answers 413 as soon as a streamed body passes 1 MB, without waiting for its end", async () => {
    const answer = await postWithoutEnd({}, Buffer.alloc(1_100_000, " "));
    expect(answer.status).toBe(413);
    expect(answer.body.detail).toMatch(/1 MB/);
  });

  it("answers 413 at once when Content-Length announces more than 1 MB", async () => {
    const answer = await postWithoutEnd({ "content-length": "50000000" }, Buffer.from("{"));
    expect(answer.status).toBe(413);
  });
});
