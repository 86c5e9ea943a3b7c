import { demoUser } from "../helpers/demo-user";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DemoUser } from "@/idp/accounts";
import { portalDb, type PortalDb } from "../helpers/portal-db";
import { ssoLogin } from "../helpers/sso-login";
import { startStack, type Stack } from "../helpers/start-stack";
import { TEST_DATABASE } from "../helpers/test-database";

const LOAD_USERS = 200;

/** Okta identities the IdP accepts besides its demo users, all in the mapped group. */
function generatedUser(n: number): DemoUser {
  const id = String(n).padStart(3, "0");
  return demoUser(`00uload${id}`, `load${id}@example.com`, { givenName: "Load", familyName: `User ${id}` });
}

describe(`simultaneous first logins (${TEST_DATABASE})`, () => {
  let stack: Stack;
  let db: PortalDb;
  beforeAll(async () => {
    stack = await startStack({
      extraUsers: [generatedUser(999), ...Array.from({ length: LOAD_USERS }, (_, n) => generatedUser(n))],
      // Every login also creates or joins the same mapped team: one more row they race for.
      // All 200 browsers share 127.0.0.1, so the per-address SSO rate limit is lifted for this test.
      env: { OKTA_GROUP_MAPPING: '{"MCP Gateway Users": "team-users"}', LOG_LEVEL: "WARNING", RATE_LIMIT_SSO_PER_MINUTE: "100000" },
      idpBehaviour: { groupsClaim: true },
    });
    db = portalDb(stack.portal.databaseUrl);
  });
  afterAll(async () => {
    await db?.close();
    await stack?.stop();
  });

  it("50 of the same new identity all sign in, with exactly one User and one Account", { timeout: 120_000 }, async () => {
    const results = await Promise.all(Array.from({ length: 50 }, () => ssoLogin(stack.portal.url, "load999@example.com")));
    expect(results.map((result) => result.location)).toEqual(Array(50).fill(`${stack.portal.url}/admin`));
    expect(results.every((result) => result.jar.get(stack.portal.url, "next-auth.session-token"))).toBe(true);
    expect(await db.count("User", "email = ?", "load999@example.com")).toBe(1);
    expect(await db.count("Account", '"providerAccountId" = ?', "00uload999")).toBe(1);
    expect(await db.count("Session", `"userId" = (SELECT id FROM "User" WHERE email = ?)`, "load999@example.com")).toBe(50);
    expect(await db.count("TeamMember", `"userId" = (SELECT id FROM "User" WHERE email = ?)`, "load999@example.com")).toBe(1);
    expect(await db.count("AuditEvent", `type = 'user.created' AND "subjectEmail" = ?`, "load999@example.com")).toBe(1);
  });

  it(`${LOAD_USERS} different new identities all sign in at once, each fully provisioned`, { timeout: 180_000 }, async () => {
    const results = await Promise.all(Array.from({ length: LOAD_USERS }, (_, n) => ssoLogin(stack.portal.url, generatedUser(n).email)));
    expect(results.filter((result) => result.location !== `${stack.portal.url}/admin`).map((result) => result.location)).toEqual([]);
    expect(await db.count("User", "email LIKE 'load%' AND email != 'load999@example.com'")).toBe(LOAD_USERS);
    expect(await db.count("Account", `"providerAccountId" LIKE '00uload%' AND "providerAccountId" != '00uload999'`)).toBe(LOAD_USERS);
    expect(await db.count("Team")).toBe(1);
    expect(await db.count("TeamMember", "\"teamId\" = 'team-users'")).toBe(LOAD_USERS + 1);
    // Nothing half-written: every Okta user has its Account.
    expect(await db.count("User", `"authProvider" = 'okta' AND NOT EXISTS (SELECT 1 FROM "Account" WHERE "Account"."userId" = "User".id)`)).toBe(0);
  });
});
