// The console's pages and the audit export through a real production portal and the bundled IdP.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CookieJar } from "../helpers/cookie-jar";
import { portalDb } from "../helpers/portal-db";
import { ssoLogin } from "../helpers/sso-login";
import { startStack, type Stack } from "../helpers/start-stack";

const MAPPING = '{"MCP Gateway Users": "team-users", "MCP Gateway Admins": {"team_id": "team-admins", "role": "owner"}}';

let stack: Stack;
let sql: ReturnType<typeof portalDb>;
let admin: CookieJar;
let tokens: typeof import("@/lib/tokens/create-api-token") & typeof import("@/lib/tokens/revoke-api-token") & typeof import("@/lib/sessions/revoke-session");

beforeAll(async () => {
  // Admin rights and teams come from Okta groups here, so the app has a groups claim.
  stack = await startStack({ env: { SSO_OKTA_ADMIN_GROUPS: '["MCP Gateway Admins"]', OKTA_GROUP_MAPPING: MAPPING }, idpBehaviour: { groupsClaim: true } });
  sql = portalDb(stack.portal.databaseUrl);
  admin = (await ssoLogin(stack.portal.url, "admin@example.com")).jar;
  // Domain functions write to the running portal's database, as a second instance would.
  process.env.DATABASE_URL = stack.portal.databaseUrl;
  process.env.SSO_OKTA_ENABLED = "false";
  process.env.LOG_LEVEL = "ERROR";
  tokens = {
    ...(await import("@/lib/tokens/create-api-token")),
    ...(await import("@/lib/tokens/revoke-api-token")),
    ...(await import("@/lib/sessions/revoke-session")),
  };
});
afterAll(async () => {
  // The domain functions' client must let go of the database before the portal's is dropped.
  if (tokens) await (await import("@/lib/db/client")).db.$disconnect();
  await sql?.close();
  await stack?.stop();
});

const page = async (jar: CookieJar, path: string) => {
  const response = await jar.fetch(`${stack.portal.url}${path}`, { redirect: "manual" });
  // React separates adjacent text with <!-- -->; removing it lets assertions read sentences.
  return { status: response.status, html: (await response.text()).replaceAll("<!-- -->", ""), location: response.headers.get("location") };
};
const adminRow = async () => (await sql.one<{ id: string }>(`SELECT id FROM "User" WHERE email = 'admin@example.com'`))!;

describe("access", () => {
  it.each(["/admin/teams", "/admin/teams/team-admins", "/admin/sessions", "/admin/audit", "/admin/tokens"])(
    "%s is for admins: 200 for an admin, 403 for a user",
    async (path) => {
      expect((await page(admin, path)).status).toBe(200);
      const { jar } = await ssoLogin(stack.portal.url, "user@example.com");
      expect((await page(jar, path)).status).toBe(403);
    },
  );

  it("sends a signed-out visitor to the login page", async () => {
    const response = await fetch(`${stack.portal.url}/admin/audit`, { redirect: "manual" });
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toContain("/admin/login?callbackUrl=");
  });
});

describe("teams", () => {
  it("lists the team created from OKTA_GROUP_MAPPING with its id and mapped group", async () => {
    const { html } = await page(admin, "/admin/teams");
    expect(html).toContain("team-admins");
    expect(html).toContain("Okta group mapping");
    expect(html).toContain("MCP Gateway Admins");
  });

  it("shows a team's id, mapped groups and members with role and source", async () => {
    const { html } = await page(admin, "/admin/teams/team-admins");
    expect(html).toMatch(/data-testid="team-id"[^>]*>team-admins</);
    expect(html).toContain("MCP Gateway Admins (owner)");
    expect(html).toContain("admin@example.com");
    expect(html).toMatch(/owner<\/td><td[^>]*>Okta group mapping/);
  });

  it("answers 404 for an unknown team", async () => {
    expect((await page(admin, "/admin/teams/no-such-team")).status).toBe(404);
  });
});

describe("sessions", () => {
  it("lists the admin's live session with provider, IP and user agent, and the configured lifetimes", async () => {
    const { html } = await page(admin, "/admin/sessions");
    expect(html).toContain('data-testid="session-row"');
    expect(html).toContain("admin@example.com");
    expect(html).toContain("30 min without use");
    expect(html).toContain("12 h after sign-in");
  });

  it("a revoked session is refused at its next request", async () => {
    const { jar } = await ssoLogin(stack.portal.url, "mfa@example.com");
    expect((await page(jar, "/admin")).status).toBe(200);
    const session = (await sql.one<{ id: string }>(`SELECT s.id FROM "Session" s JOIN "User" u ON u.id = s."userId" WHERE u.email = 'mfa@example.com'`))!;
    expect(await tokens.revokeSession(session.id, { id: (await adminRow()).id, email: "admin@example.com" })).toBe(true);
    const after = await page(jar, "/admin");
    expect(after.status).toBe(307);
    expect(after.location).toContain("/admin/login");
  });
});

describe("audit log", () => {
  it("shows events, filtered by type and user", async () => {
    const { html } = await page(admin, "/admin/audit?type=sso.login&user=admin%40example.com");
    expect(html).toContain('data-testid="audit-row"');
    expect(html).toContain("sso.login");
    expect(html).toMatch(/<td[^>]*>sso\.login<\/td>/);
    expect(html).not.toMatch(/<td[^>]*>(?!sso\.login<)[a-z_.]+<\/td><td[^>]*text-(emerald|red)/);
  });

  it.each(["/admin/sessions", "/admin/tokens", "/admin/teams", "/admin/audit"])(
    "%s shows the first page with a message for a tampered cursor",
    async (path) => {
      const { status, html } = await page(admin, `${path}?cursor=${Buffer.from("not json").toString("base64url")}`);
      expect(status).toBe(200);
      expect(html).toContain("Invalid parameter &#x27;cursor&#x27;: use the link to the next page as given");
    },
  );

  it("/admin/users shows the first page with a message for a cursor whose date isn't one", async () => {
    const cursor = Buffer.from(JSON.stringify({ s: "created", v: "x", id: "a" })).toString("base64url");
    const { status, html } = await page(admin, `/admin/users?cursor=${cursor}`);
    expect(status).toBe(200);
    expect(html).toContain("Invalid parameter &#x27;cursor&#x27;: use the link to the next page as given");
    expect(html).toContain("admin@example.com");
  });

  it.each(["/admin/users?q=ad%00min", "/admin/audit?user=%00", "/admin/users?team=x%00"])(
    "%s refuses the NUL character with a message, not a database error",
    async (path) => {
      const { status, html } = await page(admin, path);
      expect(status).toBe(200);
      expect(html).toContain("must not contain NUL characters");
    },
  );

  it("explains an invalid filter instead of failing", async () => {
    const { status, html } = await page(admin, "/admin/audit?from=yesterday");
    expect(status).toBe(200);
    expect(html).toContain("Ignored the filters: from must be a date such as 2026-01-31.");
  });

  it("exports the filtered log as CSV for a signed-in admin", async () => {
    const response = await admin.fetch(`${stack.portal.url}/admin/audit/export?type=sso.login`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="audit-\d{4}-\d{2}-\d{2}\.csv"$/);
    const lines = (await response.text()).trimEnd().split("\r\n");
    expect(lines[0]).toBe("time,type,outcome,reason,actor_id,actor_email,subject_id,subject_email,ip,user_agent,details");
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((line) => line.split(",")[1] === "sso.login")).toBe(true);
    expect(lines.join("\n")).toContain("admin@example.com");
    const exported = await sql.one<{ actorEmail: string; details: string }>(
      `SELECT "actorEmail", details FROM "AuditEvent" WHERE type = 'audit.exported' ORDER BY "createdAt" DESC LIMIT 1`,
    );
    expect(exported?.actorEmail).toBe("admin@example.com");
    expect(JSON.parse(exported!.details)).toEqual({ type: "sso.login", via: "session" });
  });

  it("answers a bad filter with 400 naming it, and refuses non-admins", async () => {
    const bad = await admin.fetch(`${stack.portal.url}/admin/audit/export?bogus=1`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ detail: "Unknown parameter 'bogus'" });
    const { jar } = await ssoLogin(stack.portal.url, "user@example.com");
    expect((await jar.fetch(`${stack.portal.url}/admin/audit/export`)).status).toBe(403);
    expect((await fetch(`${stack.portal.url}/admin/audit/export`)).status).toBe(401);
  });
});

describe("API tokens", () => {
  it("a token works with the API and the export until it is revoked, and its last use is recorded", async () => {
    const actor = { id: (await adminRow()).id, email: "admin@example.com" };
    const { secret, token } = await tokens.createApiToken({ name: "integration", kind: "api", userId: actor.id, expiresInDays: 1, actor });
    const bearer = { headers: { authorization: `Bearer ${secret}` } };

    expect((await fetch(`${stack.portal.url}/auth/users`, bearer)).status).toBe(200);
    expect((await fetch(`${stack.portal.url}/admin/audit/export?type=token.created`, bearer)).status).toBe(200);
    expect((await sql.one<{ lastUsedAt: unknown }>(`SELECT "lastUsedAt" FROM "ApiToken" WHERE id = ?`, token.id))?.lastUsedAt).not.toBeNull();
    expect((await page(admin, "/admin/tokens")).html).toContain("integration");

    await tokens.revokeApiToken(token.id, actor);
    const refused = await fetch(`${stack.portal.url}/auth/users`, bearer);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({ detail: "Invalid, expired or revoked token" });
    expect(await sql.count("AuditEvent", `type = 'token.revoked' AND "actorEmail" = 'admin@example.com'`)).toBe(1);
    expect((await page(admin, "/admin/tokens")).html).toMatch(/data-testid="token-status"[^>]*>Revoked/);
  });
});
