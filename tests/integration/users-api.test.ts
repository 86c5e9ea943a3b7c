import Ajv2020 from "ajv/dist/2020";
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertUser } from "../helpers/insert-user";
import { portalDb, prismaTime } from "../helpers/portal-db";
import { ssoLogin } from "../helpers/sso-login";
import { startStack, type Stack } from "../helpers/start-stack";

let stack: Stack;
let db: ReturnType<typeof portalDb>;
let token: string;
let openapi: { paths: Record<string, Record<string, { responses: Record<string, { content: { "application/json": { schema: object } } }> }>> };

async function login(): Promise<string> {
  const response = await fetch(`${stack.portal.url}/auth/login`, {
    method: "POST",
    body: JSON.stringify({ email: "platform-admin@example.com", password: "platform-admin-password" }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

const get = (path: string, auth: string | null = `Bearer ${token}`) => fetch(`${stack.portal.url}${path}`, { headers: auth ? { authorization: auth } : {} });

/** Checks a real response against the schema the OpenAPI document promises for it. */
function expectDocumented(path: string, status: number, body: unknown) {
  const schema = openapi.paths[path].get.responses[String(status)].content["application/json"].schema;
  const validate = new Ajv2020({ strict: false }).compile(schema);
  expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
}

beforeAll(async () => {
  // The API answers each user's Okta groups, so the app has a groups claim.
  stack = await startStack({ idpBehaviour: { groupsClaim: true } });
  db = portalDb(stack.portal.databaseUrl);
  for (let i = 0; i < 120; i++) await insertUser(db, `bulk${String(i).padStart(3, "0")}@example.com`, { name: `Bulk ${i}`, isActive: i % 10 !== 0 });
  await ssoLogin(stack.portal.url, "admin@example.com");
  token = await login();
  openapi = await (await fetch(`${stack.portal.url}/openapi.json`)).json();
});
afterAll(async () => {
  await db?.close();
  await stack?.stop();
});

type Page = { users: { email: string; is_active: boolean; auth_provider: string }[]; next_cursor: string | null; limit: number };

describe("GET /auth/users", () => {
  it("lists users with a Bearer token, in the documented shape", async () => {
    const response = await get("/auth/users");
    expect(response.status).toBe(200);
    const body = (await response.json()) as Page;
    expect(body.users).toHaveLength(50);
    expect(body.limit).toBe(50);
    expect(body.next_cursor).toBeTruthy();
    expectDocumented("/auth/users", 200, body);
  });

  it("pages through every user with the cursor, each exactly once, in order", async () => {
    for (const sort of ["created", "email", "last_login"]) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const body = (await (await get(`/auth/users?limit=50&sort=${sort}${cursor ? `&cursor=${cursor}` : ""}`)).json()) as Page;
        seen.push(...body.users.map((u) => u.email));
        cursor = body.next_cursor;
      } while (cursor);
      expect(new Set(seen).size).toBe(await db.count("User"));
      expect(seen).toHaveLength(await db.count("User"));
      if (sort === "email") expect(seen).toEqual([...seen].sort());
    }
  });

  it("filters by search, status, role, provider and team", async () => {
    const emails = async (query: string) => ((await (await get(`/auth/users?limit=500&${query}`)).json()) as Page).users.map((u) => u.email);
    expect(await emails("q=BULK00")).toEqual(expect.arrayContaining(["bulk000@example.com", "bulk009@example.com"]));
    expect(await emails("q=bulk00")).toHaveLength(10);
    expect(await emails("q=Bulk%2042")).toEqual(["bulk042@example.com"]);
    // Names match regardless of case on both databases (PostgreSQL's LIKE alone would not).
    expect(await emails("q=bULK%2042")).toEqual(["bulk042@example.com"]);
    expect(await emails("active=false")).toHaveLength(12);
    expect(await emails("admin=true&provider=local")).toEqual(["platform-admin@example.com"]);
    expect(await emails("provider=okta&q=admin@")).toEqual(["admin@example.com"]);
    expect(await emails("team=no-such-team")).toEqual([]);
  });

  it("serves the same list at MCP Gateway's /auth/email/admin/users", async () => {
    const a = await (await get("/auth/users?sort=email")).json();
    const b = await (await get("/auth/email/admin/users?sort=email")).json();
    expect(b).toEqual(a);
  });

  it.each([
    ["limit=0", "Invalid parameter 'limit': must be at least 1"],
    ["limit=501", "Invalid parameter 'limit': must be at most 500"],
    ["limit=ten", "Invalid parameter 'limit': must be a number"],
    ["sort=size", "Invalid parameter 'sort': must be created, last_login or email"],
    ["active=yes", "Invalid parameter 'active': must be true or false"],
    ["provider=github", "Invalid parameter 'provider': must be okta or local"],
    ["cursor=garbage", "Invalid parameter 'cursor'"],
    ["colour=blue", "Unknown parameter 'colour'"],
    [`q=${"x".repeat(300)}`, "Invalid parameter 'q': must be at most 200 characters"],
    // Well-formed JSON of the right sort whose date isn't one: PostgreSQL answered 500 on `new Date("x")`.
    [`cursor=${Buffer.from(JSON.stringify({ s: "created", v: "x", id: "a" })).toString("base64url")}`, "Invalid parameter 'cursor'"],
    [
      `sort=last_login&cursor=${Buffer.from(JSON.stringify({ s: "last_login", v: "2026-13-45", id: "a" })).toString("base64url")}`,
      "Invalid parameter 'cursor'",
    ],
    // PostgreSQL refuses NUL in text (22021): it is refused by name before any query.
    ["q=ab%00cd", "Invalid parameter 'q': must not contain NUL characters"],
    ["team=%00", "Invalid parameter 'team': must not contain NUL characters"],
  ])("answers 400 naming the parameter for %s", async (query, detail) => {
    const response = await get(`/auth/users?${query}`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { detail: string }).detail).toContain(detail);
  });

  it("answers 401 with WWW-Authenticate: Bearer without or with a bad token", async () => {
    for (const auth of [null, "Bearer not-a-token", "Basic dXNlcjpwYXNz", "Bearer"]) {
      const response = await get("/auth/users", auth);
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(((await response.json()) as { detail: string }).detail).toBeTruthy();
    }
  });

  it("answers 403 to a signed-in non-admin", async () => {
    const { jar } = await ssoLogin(stack.portal.url, "user@example.com");
    const response = await jar.fetch(`${stack.portal.url}/auth/users`);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ detail: "This endpoint is for portal admins only" });
  });

  it("works with an admin's session cookie too", async () => {
    const { jar } = await ssoLogin(stack.portal.url, "admin@example.com");
    await db.run(`UPDATE "User" SET "isAdmin" = true, "adminSource" = 'manual' WHERE email = 'admin@example.com'`);
    expect((await jar.fetch(`${stack.portal.url}/auth/users`)).status).toBe(200);
  });

  it("stops accepting a revoked or expired token, and records when a token was last used", async () => {
    const fresh = await login();
    expect((await get("/auth/users", `Bearer ${fresh}`)).status).toBe(200);
    expect(
      (await db.one<{ lastUsedAt: string | null }>(`SELECT "lastUsedAt" FROM "ApiToken" WHERE prefix = ?`, fresh.slice(0, 12)))!.lastUsedAt,
    ).not.toBeNull();
    await db.run(`UPDATE "ApiToken" SET "revokedAt" = ? WHERE prefix = ?`, prismaTime(), fresh.slice(0, 12));
    expect((await get("/auth/users", `Bearer ${fresh}`)).status).toBe(401);
    const other = await login();
    await db.run(`UPDATE "ApiToken" SET "expiresAt" = ? WHERE prefix = ?`, prismaTime(new Date(Date.now() - 1000)), other.slice(0, 12));
    expect((await get("/auth/users", `Bearer ${other}`)).status).toBe(401);
  });
});

describe("GET /auth/users/{id}", () => {
  it("answers one user in the documented shape, and 404 for an unknown id", async () => {
    const id = (await db.one<{ id: string }>(`SELECT id FROM "User" WHERE email = 'admin@example.com'`))!.id;
    const response = await get(`/auth/users/${id}`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ email: "admin@example.com", auth_provider: "okta", groups: ["MCP Gateway Admins", "MCP Gateway Users"] });
    expectDocumented("/auth/users/{id}", 200, body);
    const missing = await get("/auth/users/does-not-exist");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ detail: "No user with id 'does-not-exist'" });
  });
});

describe("npm run token:create", () => {
  const run = (args: string[]) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [path.join(process.cwd(), "node_modules/tsx/dist/cli.mjs"), "scripts/token-create.ts", ...args], {
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          NODE_ENV: "production",
          DATABASE_URL: stack.portal.databaseUrl,
          SSO_ENABLED: "false",
          LOG_LEVEL: "WARNING",
        } as NodeJS.ProcessEnv,
      });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (c) => (stdout += c));
      child.stderr.on("data", (c) => (stderr += c));
      child.on("exit", (status) => resolve({ status, stdout, stderr }));
    });

  it("prints a token for an admin that the API accepts", async () => {
    const { status, stdout } = await run(["--email", "platform-admin@example.com", "--name", "ci", "--days", "30"]);
    expect(status).toBe(0);
    const secret = stdout.trim().split("\n").at(-1)!;
    expect(secret).toMatch(/^mcpp_/);
    expect((await get("/auth/users", `Bearer ${secret}`)).status).toBe(200);
    expect(await db.count("ApiToken", "name = 'ci' AND \"tokenHash\" != ?", secret)).toBe(1);
  });

  it("refuses a non-admin and bad arguments with a clear message", async () => {
    expect(await run(["--email", "user@example.com", "--name", "x"])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining("is not an active portal admin"),
    });
    expect(await run(["--name", "x"])).toMatchObject({ status: 2, stderr: expect.stringContaining("--email is required") });
    expect(await run(["--email", "platform-admin@example.com", "--name", "x", "--days", "0"])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining("--days must be"),
    });
    expect(await run(["--email", "platform-admin@example.com", "--name", "x", "--days", "730"])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining("--days over 365 needs --long-lived"),
    });
  });
});

describe("hostile strings", () => {
  it("stores SQL- and script-like names inertly and shows them escaped", async () => {
    const evil = `Robert'); DROP TABLE "User";-- <script>alert(1)</script>`;
    await insertUser(db, "bobby@example.com", { name: evil });
    const body = (await (await get(`/auth/users?q=${encodeURIComponent("DROP TABLE")}`)).json()) as { users: { full_name: string }[] };
    expect(body.users.map((u) => u.full_name)).toEqual([evil]);
    expect(await db.count("User")).toBeGreaterThan(100);

    const { jar } = await ssoLogin(stack.portal.url, "admin@example.com");
    const html = await (await jar.fetch(`${stack.portal.url}/admin/users?q=${encodeURIComponent("<script>")}`)).text();
    expect(html).not.toContain("<script>alert(1)</script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });
});
