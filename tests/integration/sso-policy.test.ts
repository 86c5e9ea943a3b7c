import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CookieJar } from "../helpers/cookie-jar";
import { insertUser } from "../helpers/insert-user";
import { flag, portalDb, prismaTime } from "../helpers/portal-db";
import { ssoLogin } from "../helpers/sso-login";
import { startStack, TEST_CLIENT, type Stack } from "../helpers/start-stack";

const MAPPING = JSON.stringify({ "MCP Gateway Users": "team-users", "mcp gateway ADMINS": { team_id: "team-admins", role: "owner" } });

function errorOf(location: string) {
  const url = new URL(location);
  expect(url.pathname).toBe("/admin/login");
  return url.searchParams;
}

/** The login page as the browser that signed in sees it (details travel in a cookie sealed for it). */
async function loginPageText(location: string, jar = new CookieJar()) {
  return (await (await jar.fetch(location)).text()).replaceAll("&#x27;", "'");
}

describe("SSO policy: trusted domains, email verification, groups, teams, admin rights", () => {
  let stack: Stack;
  let db: ReturnType<typeof portalDb>;
  beforeAll(async () => {
    stack = await startStack({
      env: { SSO_TRUSTED_DOMAINS: '["Example.com"]', OKTA_GROUP_MAPPING: MAPPING, SSO_OKTA_ADMIN_GROUPS: '["MCP Gateway Admins"]', LOG_LEVEL: "DEBUG" },
      // These tests map Okta groups to teams and admin rights, so the app has a groups claim.
      idpBehaviour: { groupsClaim: true },
    });
    db = portalDb(stack.portal.databaseUrl);
  });
  afterAll(async () => {
    await db?.close();
    await stack?.stop();
  });
  const counts = async () => [await db.count("User"), await db.count("Account"), await db.count("Session")];

  it("refuses an untrusted domain with its message and leaves no rows", async () => {
    const before = await counts();
    const { jar, location } = await ssoLogin(stack.portal.url, "outsider@untrusted.org");
    const params = errorOf(location);
    expect(params.get("error")).toBe("untrusted_domain");
    expect(await loginPageText(location, jar)).toContain("Accounts from @untrusted.org can't sign in here.");
    expect(await counts()).toEqual(before);
    expect(await db.count("AuditEvent", "type = 'sso.login' AND outcome = 'failure' AND reason = 'untrusted_domain'")).toBe(1);
  });

  it("applies trusted domains to users who already exist", async () => {
    await insertUser(db, "outsider@untrusted.org");
    const before = await counts();
    const { location } = await ssoLogin(stack.portal.url, "outsider@untrusted.org");
    expect(errorOf(location).get("error")).toBe("untrusted_domain");
    expect(await counts()).toEqual(before);
  });

  it("refuses an email Okta has not verified", async () => {
    const before = await counts();
    const { location } = await ssoLogin(stack.portal.url, "unverified@example.com");
    expect(errorOf(location).get("error")).toBe("email_unverified");
    expect(await loginPageText(location)).toContain("Your Okta account's email address isn't marked as verified. Ask your Okta administrator");
    const audit = await db.one<{ details: string }>(`SELECT details FROM "AuditEvent" WHERE reason = 'email_unverified' ORDER BY "createdAt" DESC`);
    expect(audit!.details).toContain("SSO_REQUIRE_VERIFIED_EMAIL");
    expect(await counts()).toEqual(before);
  });

  it("maps groups to teams case-insensitively, creates the teams, and makes admin-group members admins", async () => {
    const { location } = await ssoLogin(stack.portal.url, "admin@example.com");
    expect(location).toBe(`${stack.portal.url}/admin`);
    const user = (await db.one<{ id: string; isAdmin: unknown; adminSource: string }>(
      `SELECT id, "isAdmin", "adminSource" FROM "User" WHERE email = 'admin@example.com'`,
    ))!;
    expect(flag(user.isAdmin)).toBe(true);
    expect(user.adminSource).toBe("okta");
    expect(await db.all(`SELECT "teamId", role, source FROM "TeamMember" WHERE "userId" = ? ORDER BY "teamId"`, user.id)).toEqual([
      { teamId: "team-admins", role: "owner", source: "okta" },
      { teamId: "team-users", role: "member", source: "okta" },
    ]);
    expect(await db.all(`SELECT id, name, source FROM "Team" ORDER BY id`)).toEqual([
      { id: "team-admins", name: "mcp gateway ADMINS", source: "mapping" },
      { id: "team-users", name: "MCP Gateway Users", source: "mapping" },
    ]);
  });

  it("on a later login without the group: leaves the mapped team, loses Okta-granted admin, keeps hand-granted memberships", async () => {
    const userId = (await db.one<{ id: string }>(`SELECT id FROM "User" WHERE email = 'admin@example.com'`))!.id;
    const now = prismaTime();
    await db.run(`INSERT INTO "Team" (id, name, source, "createdAt", "updatedAt") VALUES ('team-manual', 'Hand-made', 'manual', ?, ?)`, now, now);
    await db.run(`INSERT INTO "TeamMember" ("teamId", "userId", role, source, "createdAt") VALUES ('team-manual', ?, 'member', 'manual', ?)`, userId, now);

    stack.idp.behaviour.groups["admin@example.com"] = ["MCP Gateway Users"];
    try {
      await ssoLogin(stack.portal.url, "admin@example.com");
    } finally {
      delete stack.idp.behaviour.groups["admin@example.com"];
    }
    expect(await db.all(`SELECT "teamId", source FROM "TeamMember" WHERE "userId" = ? ORDER BY "teamId"`, userId)).toEqual([
      { teamId: "team-manual", source: "manual" },
      { teamId: "team-users", source: "okta" },
    ]);
    const user = (await db.one<{ isAdmin: unknown; oktaGroups: string }>(`SELECT "isAdmin", "oktaGroups" FROM "User" WHERE id = ?`, userId))!;
    expect(flag(user.isAdmin)).toBe(false);
    expect(JSON.parse(user.oktaGroups)).toEqual(["MCP Gateway Users"]);
    expect(await db.count("AuditEvent", "type = 'team.member_left' AND \"subjectId\" = ?", userId)).toBe(1);
    expect(await db.count("AuditEvent", "type = 'admin.revoked' AND \"subjectId\" = ?", userId)).toBe(1);
  });

  it("never revokes admin rights granted by hand", async () => {
    await ssoLogin(stack.portal.url, "user@example.com");
    await db.run(`UPDATE "User" SET "isAdmin" = true, "adminSource" = 'manual' WHERE email = 'user@example.com'`);
    await ssoLogin(stack.portal.url, "user@example.com");
    expect(flag((await db.one<{ isAdmin: unknown }>(`SELECT "isAdmin" FROM "User" WHERE email = 'user@example.com'`))!.isAdmin)).toBe(true);
  });

  it("stores whether the last login used MFA", async () => {
    await ssoLogin(stack.portal.url, "mfa@example.com");
    expect(flag((await db.one<{ lastLoginMfa: unknown }>(`SELECT "lastLoginMfa" FROM "User" WHERE email = 'mfa@example.com'`))!.lastLoginMfa)).toBe(true);
    await ssoLogin(stack.portal.url, "user@example.com");
    expect(flag((await db.one<{ lastLoginMfa: unknown }>(`SELECT "lastLoginMfa" FROM "User" WHERE email = 'user@example.com'`))!.lastLoginMfa)).toBe(false);
  });

  it("reads email and groups from userinfo when Okta sends a thin ID token (its default)", async () => {
    expect(stack.idp.behaviour.fatIdToken).toBe(false);
    const { location } = await ssoLogin(stack.portal.url, "mfa@example.com");
    expect(location).toBe(`${stack.portal.url}/admin`);
    expect(JSON.parse((await db.one<{ oktaGroups: string }>(`SELECT "oktaGroups" FROM "User" WHERE email = 'mfa@example.com'`))!.oktaGroups)).toEqual([
      "MCP Gateway Users",
    ]);
  });

  it("refuses a deactivated user at the callback, and a deactivated user's open session stops working", async () => {
    const { jar } = await ssoLogin(stack.portal.url, "user@example.com");
    expect((await jar.fetch(`${stack.portal.url}/admin`)).status).toBe(200);
    await db.run(`UPDATE "User" SET "isActive" = false WHERE email = 'user@example.com'`);
    expect((await jar.fetch(`${stack.portal.url}/admin`)).status).toBe(307);

    const sessions = await db.count("Session");
    const { location } = await ssoLogin(stack.portal.url, "user@example.com");
    expect(errorOf(location).get("error")).toBe("deactivated");
    expect(await loginPageText(location)).toContain("Your account is deactivated.");
    expect(await db.count("Session")).toBeLessThanOrEqual(sessions);
    await db.run(`UPDATE "User" SET "isActive" = true WHERE email = 'user@example.com'`);
  });

  it("surfaces Okta's too-many-groups failure (at the token endpoint) with its description, changing nothing", async () => {
    await ssoLogin(stack.portal.url, "user@example.com");
    const memberships = async () =>
      db.all(`SELECT "teamId", source FROM "TeamMember" WHERE "userId" = (SELECT id FROM "User" WHERE email = 'user@example.com') ORDER BY "teamId"`);
    const before = await memberships();
    expect(before.length).toBeGreaterThan(0);
    stack.idp.behaviour.tooManyGroups = true;
    try {
      const { jar, location } = await ssoLogin(stack.portal.url, "user@example.com");
      expect(errorOf(location).get("error")).toBe("too_many_groups");
      expect(await loginPageText(location, jar)).toContain("The groups claim matched too many groups");
    } finally {
      stack.idp.behaviour.tooManyGroups = false;
    }
    expect(await memberships()).toEqual(before);
  });

  it("logs each step at DEBUG without secrets or tokens", async () => {
    const { jar } = await ssoLogin(stack.portal.url, "user@example.com");
    const output = stack.portal.output();
    expect(output).toContain("sso.token_exchange");
    expect(output).toContain("sso.user_linked");
    expect(output).not.toContain(TEST_CLIENT.secret);
    const idToken = (await db.one<{ id_token: string }>(
      `SELECT id_token FROM "Account" WHERE "userId" = (SELECT id FROM "User" WHERE email = 'user@example.com')`,
    ))!.id_token;
    expect(output).not.toContain(idToken.split(".")[2]);
    expect(output).not.toContain(jar.get(stack.portal.url, "next-auth.session-token"));
  });
});

describe("SSO_AUTO_CREATE_USERS=false", () => {
  let stack: Stack;
  let db: ReturnType<typeof portalDb>;
  beforeAll(async () => {
    stack = await startStack({ env: { SSO_AUTO_CREATE_USERS: "false" } });
    db = portalDb(stack.portal.databaseUrl);
  });
  afterAll(async () => {
    await db?.close();
    await stack?.stop();
  });

  it("refuses an identity with no portal user yet, and writes nothing", async () => {
    const users = await db.count("User");
    const { location } = await ssoLogin(stack.portal.url, "user@example.com");
    expect(errorOf(location).get("error")).toBe("not_provisioned");
    expect(await loginPageText(location)).toContain("Your account has not been set up in the portal yet. Ask an administrator to add you.");
    expect(await db.count("User")).toBe(users);
    expect(await db.count("Account")).toBe(0);
  });

  it("lets a pre-created user sign in and links them without a duplicate", async () => {
    const id = await insertUser(db, "user@example.com");
    const { location } = await ssoLogin(stack.portal.url, "user@example.com");
    expect(location).toBe(`${stack.portal.url}/admin`);
    expect(await db.count("User", "email = 'user@example.com'")).toBe(1);
    expect((await db.one<{ userId: string }>(`SELECT "userId" FROM "Account" WHERE provider = 'okta'`))!.userId).toBe(id);
  });
});

describe("errors that explain themselves", () => {
  it("tells the operator when Okta rejects the client secret", async () => {
    const stack = await startStack({ env: { SSO_OKTA_CLIENT_SECRET: "not-the-secret" } });
    try {
      const { location } = await ssoLogin(stack.portal.url, "user@example.com");
      expect(errorOf(location).get("error")).toBe("invalid_client");
      expect(await loginPageText(location)).toContain("check SSO_OKTA_CLIENT_ID and SSO_OKTA_CLIENT_SECRET");
      const db = portalDb(stack.portal.databaseUrl);
      expect(await db.count("Account")).toBe(0);
      await db.close();
    } finally {
      await stack.stop();
    }
  });

  it("names an issuer that answers as someone else", async () => {
    // Same IdP reached as localhost: discovery works, but its issuer is the 127.0.0.1 one.
    const stack = await startStack();
    const issuer = stack.idp.issuer.replace("127.0.0.1", "localhost");
    await stack.portal.stop();
    const { startPortal } = await import("../helpers/start-portal");
    const portal = await startPortal(stack.portal.port, {
      SSO_OKTA_CLIENT_ID: TEST_CLIENT.id,
      SSO_OKTA_CLIENT_SECRET: TEST_CLIENT.secret,
      SSO_OKTA_ISSUER: issuer,
    });
    try {
      const { location } = await ssoLogin(portal.url, "user@example.com");
      expect(errorOf(location).get("error")).toBe("issuer_mismatch");
      expect(await loginPageText(location)).toContain(issuer);
    } finally {
      await portal.stop();
      await stack.idp.close();
    }
  });

  it("explains an unreachable issuer at the start of the sign-in", async () => {
    const stack = await startStack();
    await stack.idp.close();
    try {
      const { startSsoLogin } = await import("../helpers/sso-login");
      const { CookieJar } = await import("../helpers/cookie-jar");
      const url = await startSsoLogin(stack.portal.url, new CookieJar());
      expect(url.searchParams.get("error")).toBe("issuer_unreachable");
      expect(await loginPageText(url.toString())).toContain(`Couldn't reach the Okta issuer ${stack.idp.issuer}; check SSO_OKTA_ISSUER`);
    } finally {
      await stack.portal.stop();
    }
  });

  it("asks to try again when the login state is missing or tampered", async () => {
    const stack = await startStack();
    try {
      const response = await fetch(`${stack.portal.url}/auth/sso/callback/okta?code=forged&state=forged`, { redirect: "manual" });
      const location = response.headers.get("location")!;
      expect(errorOf(location).get("error")).toBe("state_invalid");
      expect(await loginPageText(location)).toContain("Your sign-in took too long or was interrupted; try again.");
    } finally {
      await stack.stop();
    }
  });
});
