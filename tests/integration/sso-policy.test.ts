import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertUser } from "../helpers/insert-user";
import { portalDb, prismaTime } from "../helpers/portal-db";
import { ssoLogin } from "../helpers/sso-login";
import { startStack, TEST_CLIENT, type Stack } from "../helpers/start-stack";

const MAPPING = JSON.stringify({ "MCP Gateway Users": "team-users", "mcp gateway ADMINS": { team_id: "team-admins", role: "owner" } });

function errorOf(location: string) {
  const url = new URL(location);
  expect(url.pathname).toBe("/admin/login");
  return url.searchParams;
}

async function loginPageText(location: string) {
  return (await (await fetch(location)).text()).replaceAll("&#x27;", "'");
}

describe("SSO policy: trusted domains, email verification, groups, teams, admin rights", () => {
  let stack: Stack;
  let db: ReturnType<typeof portalDb>;
  beforeAll(async () => {
    stack = await startStack({
      env: { SSO_TRUSTED_DOMAINS: '["Example.com"]', OKTA_GROUP_MAPPING: MAPPING, SSO_OKTA_ADMIN_GROUPS: '["MCP Gateway Admins"]', LOG_LEVEL: "DEBUG" },
    });
    db = portalDb(stack.portal.databaseFile);
  });
  afterAll(async () => {
    db?.close();
    await stack?.stop();
  });
  const counts = () => [db.count("User"), db.count("Account"), db.count("Session")];

  it("refuses an untrusted domain with its message and leaves no rows", async () => {
    const before = counts();
    const { location } = await ssoLogin(stack.portal.url, "outsider@untrusted.org");
    const params = errorOf(location);
    expect(params.get("error")).toBe("untrusted_domain");
    expect(await loginPageText(location)).toContain("Accounts from @untrusted.org can't sign in here.");
    expect(counts()).toEqual(before);
    expect(db.count("AuditEvent", "type = 'sso.login' AND outcome = 'failure' AND reason = 'untrusted_domain'")).toBe(1);
  });

  it("applies trusted domains to users who already exist", async () => {
    insertUser(db, "outsider@untrusted.org");
    const before = counts();
    const { location } = await ssoLogin(stack.portal.url, "outsider@untrusted.org");
    expect(errorOf(location).get("error")).toBe("untrusted_domain");
    expect(counts()).toEqual(before);
  });

  it("refuses an email Okta has not verified", async () => {
    const before = counts();
    const { location } = await ssoLogin(stack.portal.url, "unverified@example.com");
    expect(errorOf(location).get("error")).toBe("email_unverified");
    expect(await loginPageText(location)).toContain("Okta did not confirm a verified email address");
    expect(counts()).toEqual(before);
  });

  it("maps groups to teams case-insensitively, creates the teams, and makes admin-group members admins", async () => {
    const { location } = await ssoLogin(stack.portal.url, "admin@example.com");
    expect(location).toBe(`${stack.portal.url}/admin`);
    const user = db.one<{ id: string; isAdmin: number; adminSource: string }>(`SELECT id, isAdmin, adminSource FROM "User" WHERE email = 'admin@example.com'`)!;
    expect(user.isAdmin).toBe(1);
    expect(user.adminSource).toBe("okta");
    expect(db.all(`SELECT teamId, role, source FROM "TeamMember" WHERE userId = ? ORDER BY teamId`, user.id)).toEqual([
      { teamId: "team-admins", role: "owner", source: "okta" },
      { teamId: "team-users", role: "member", source: "okta" },
    ]);
    expect(db.all(`SELECT id, name, source FROM "Team" ORDER BY id`)).toEqual([
      { id: "team-admins", name: "mcp gateway ADMINS", source: "mapping" },
      { id: "team-users", name: "MCP Gateway Users", source: "mapping" },
    ]);
  });

  it("on a later login without the group: leaves the mapped team, loses Okta-granted admin, keeps hand-granted memberships", async () => {
    const userId = db.one<{ id: string }>(`SELECT id FROM "User" WHERE email = 'admin@example.com'`)!.id;
    const now = prismaTime();
    db.run(`INSERT INTO "Team" (id, name, source, createdAt, updatedAt) VALUES ('team-manual', 'Hand-made', 'manual', ?, ?)`, now, now);
    db.run(`INSERT INTO "TeamMember" (teamId, userId, role, source, createdAt) VALUES ('team-manual', ?, 'member', 'manual', ?)`, userId, now);

    stack.idp.behaviour.groups["admin@example.com"] = ["MCP Gateway Users"];
    try {
      await ssoLogin(stack.portal.url, "admin@example.com");
    } finally {
      delete stack.idp.behaviour.groups["admin@example.com"];
    }
    expect(db.all(`SELECT teamId, source FROM "TeamMember" WHERE userId = ? ORDER BY teamId`, userId)).toEqual([
      { teamId: "team-manual", source: "manual" },
      { teamId: "team-users", source: "okta" },
    ]);
    const user = db.one<{ isAdmin: number; oktaGroups: string }>(`SELECT isAdmin, oktaGroups FROM "User" WHERE id = ?`, userId)!;
    expect(user.isAdmin).toBe(0);
    expect(JSON.parse(user.oktaGroups)).toEqual(["MCP Gateway Users"]);
    expect(db.count("AuditEvent", "type = 'team.member_left' AND subjectId = ?", userId)).toBe(1);
    expect(db.count("AuditEvent", "type = 'admin.revoked' AND subjectId = ?", userId)).toBe(1);
  });

  it("never revokes admin rights granted by hand", async () => {
    await ssoLogin(stack.portal.url, "user@example.com");
    db.run(`UPDATE "User" SET isAdmin = 1, adminSource = 'manual' WHERE email = 'user@example.com'`);
    await ssoLogin(stack.portal.url, "user@example.com");
    expect(db.one<{ isAdmin: number }>(`SELECT isAdmin FROM "User" WHERE email = 'user@example.com'`)!.isAdmin).toBe(1);
  });

  it("stores whether the last login used MFA", async () => {
    await ssoLogin(stack.portal.url, "mfa@example.com");
    expect(db.one<{ lastLoginMfa: number }>(`SELECT lastLoginMfa FROM "User" WHERE email = 'mfa@example.com'`)!.lastLoginMfa).toBe(1);
    await ssoLogin(stack.portal.url, "user@example.com");
    expect(db.one<{ lastLoginMfa: number }>(`SELECT lastLoginMfa FROM "User" WHERE email = 'user@example.com'`)!.lastLoginMfa).toBe(0);
  });

  it("reads email and groups from userinfo when Okta sends a thin ID token", async () => {
    stack.idp.behaviour.thinIdToken = true;
    try {
      const { location } = await ssoLogin(stack.portal.url, "mfa@example.com");
      expect(location).toBe(`${stack.portal.url}/admin`);
    } finally {
      stack.idp.behaviour.thinIdToken = false;
    }
    expect(JSON.parse(db.one<{ oktaGroups: string }>(`SELECT oktaGroups FROM "User" WHERE email = 'mfa@example.com'`)!.oktaGroups)).toEqual(["MCP Gateway Users"]);
  });

  it("refuses a deactivated user at the callback, and a deactivated user's open session stops working", async () => {
    const { jar } = await ssoLogin(stack.portal.url, "user@example.com");
    expect((await jar.fetch(`${stack.portal.url}/admin`)).status).toBe(200);
    db.run(`UPDATE "User" SET isActive = 0 WHERE email = 'user@example.com'`);
    expect((await jar.fetch(`${stack.portal.url}/admin`)).status).toBe(307);

    const sessions = db.count("Session");
    const { location } = await ssoLogin(stack.portal.url, "user@example.com");
    expect(errorOf(location).get("error")).toBe("deactivated");
    expect(await loginPageText(location)).toContain("Your account is deactivated.");
    expect(db.count("Session")).toBeLessThanOrEqual(sessions);
    db.run(`UPDATE "User" SET isActive = 1 WHERE email = 'user@example.com'`);
  });

  it("surfaces Okta's too-many-groups failure with its description", async () => {
    stack.idp.behaviour.tooManyGroups = true;
    try {
      const { location } = await ssoLogin(stack.portal.url, "user@example.com");
      expect(errorOf(location).get("error")).toBe("server_error");
      expect(errorOf(location).get("error_description")).toContain("The groups claim matched too many groups");
    } finally {
      stack.idp.behaviour.tooManyGroups = false;
    }
  });

  it("logs each step at DEBUG without secrets or tokens", async () => {
    const { jar } = await ssoLogin(stack.portal.url, "user@example.com");
    const output = stack.portal.output();
    expect(output).toContain("sso.token_exchange");
    expect(output).toContain("sso.user_linked");
    expect(output).not.toContain(TEST_CLIENT.secret);
    const idToken = db.one<{ id_token: string }>(`SELECT id_token FROM "Account" WHERE userId = (SELECT id FROM "User" WHERE email = 'user@example.com')`)!.id_token;
    expect(output).not.toContain(idToken.split(".")[2]);
    expect(output).not.toContain(jar.get(stack.portal.url, "next-auth.session-token"));
  });
});

describe("SSO_AUTO_CREATE_USERS=false", () => {
  let stack: Stack;
  let db: ReturnType<typeof portalDb>;
  beforeAll(async () => {
    stack = await startStack({ env: { SSO_AUTO_CREATE_USERS: "false" } });
    db = portalDb(stack.portal.databaseFile);
  });
  afterAll(async () => {
    db?.close();
    await stack?.stop();
  });

  it("refuses an identity with no portal user yet, and writes nothing", async () => {
    const users = db.count("User");
    const { location } = await ssoLogin(stack.portal.url, "user@example.com");
    expect(errorOf(location).get("error")).toBe("not_provisioned");
    expect(await loginPageText(location)).toContain("Your account has not been set up in the portal yet. Ask an administrator to add you.");
    expect(db.count("User")).toBe(users);
    expect(db.count("Account")).toBe(0);
  });

  it("lets a pre-created user sign in and links them without a duplicate", async () => {
    const id = insertUser(db, "user@example.com");
    const { location } = await ssoLogin(stack.portal.url, "user@example.com");
    expect(location).toBe(`${stack.portal.url}/admin`);
    expect(db.count("User", "email = 'user@example.com'")).toBe(1);
    expect(db.one<{ userId: string }>(`SELECT userId FROM "Account" WHERE provider = 'okta'`)!.userId).toBe(id);
  });
});

describe("errors that explain themselves", () => {
  it("tells the operator when Okta rejects the client secret", async () => {
    const stack = await startStack({ env: { SSO_OKTA_CLIENT_SECRET: "not-the-secret" } });
    try {
      const { location } = await ssoLogin(stack.portal.url, "user@example.com");
      expect(errorOf(location).get("error")).toBe("invalid_client");
      expect(await loginPageText(location)).toContain("check SSO_OKTA_CLIENT_ID and SSO_OKTA_CLIENT_SECRET");
      expect(portalDb(stack.portal.databaseFile).count("Account")).toBe(0);
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
