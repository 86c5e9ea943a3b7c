import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CookieJar } from "../helpers/cookie-jar";
import { portalDb, prismaTime } from "../helpers/portal-db";
import { follow, ssoLogin, startSsoLogin } from "../helpers/sso-login";
import { startStack, type Stack } from "../helpers/start-stack";

let stack: Stack;
let db: ReturnType<typeof portalDb>;
beforeAll(async () => {
  stack = await startStack({ env: { LOGIN_LOCKOUT_THRESHOLD: "3", LOGIN_LOCKOUT_MINUTES: "15" } });
  db = portalDb(stack.portal.databaseUrl);
});
afterAll(async () => {
  await db?.close();
  await stack?.stop();
});

describe("sign-out ends the Okta session too", () => {
  it("follows Okta's logout back to /admin/login, after which Okta asks for the password again", async () => {
    const { jar } = await ssoLogin(stack.portal.url, "user@example.com");
    // While the IdP session lives, a new sign-in needs no password.
    const silent = await startSsoLogin(stack.portal.url, jar);
    const again = await follow(jar, silent.toString(), (url) => url.pathname.startsWith("/auth/sso/callback/"));
    expect(again.url).toContain("/auth/sso/callback/okta?code=");

    const signOut = await jar.fetch(`${stack.portal.url}/admin/logout`, { method: "POST", headers: { origin: stack.portal.url } });
    const logoutPage = await follow(jar, signOut.headers.get("location")!, () => false);
    const html = await logoutPage.response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)![1].replaceAll("&amp;", "&");
    const fields = new URLSearchParams([...html.matchAll(/<input[^>]*type="hidden"[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    const done = await follow(jar, new URL(action, logoutPage.url).toString(), (url) => url.pathname === "/admin/login", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: fields,
    });
    expect(done.url.startsWith(`${stack.portal.url}/admin/login`)).toBe(true);

    const fresh = await startSsoLogin(stack.portal.url, jar);
    const page = await follow(jar, fresh.toString(), () => false);
    expect(await page.response.text()).toContain('id="okta-signin-form"');
  });
});

describe("sign-out when Okta doesn't list the portal's sign-out redirect URI", () => {
  it("ends the portal session, stays off Okta's error page, and says the Okta session remains", async () => {
    const { jar } = await ssoLogin(stack.portal.url, "user@example.com");
    const userId = (await db.one<{ id: string }>(`SELECT id FROM "User" WHERE email = 'user@example.com'`))!.id;
    expect(await db.count("Session", '"userId" = ?', userId)).toBeGreaterThan(0);
    stack.idp.behaviour.logoutRedirectRegistered = false;
    try {
      const signOut = await jar.fetch(`${stack.portal.url}/admin/logout`, { method: "POST", headers: { origin: stack.portal.url } });
      const location = new URL(signOut.headers.get("location")!);
      expect(location.origin + location.pathname).toBe(`${stack.portal.url}/admin/login`);
      expect(location.searchParams.get("error")).toBe("okta_session_remains");
      expect(location.searchParams.get("error_description")).toBe(
        "The 'post_logout_redirect_uri' parameter must be a Logout redirect URI in the client app settings.",
      );
      expect(await db.count("Session", '"userId" = ?', userId)).toBe(0);
      expect((await jar.fetch(`${stack.portal.url}/admin`)).status).toBe(307);
      const text = (await (await fetch(location)).text()).replaceAll("&#x27;", "'");
      expect(text).toContain("your Okta session is still active");
      expect(text).toContain("Sign-out redirect URIs");
      expect(stack.portal.output()).toContain("sso.logout.okta_refused");
    } finally {
      stack.idp.behaviour.logoutRedirectRegistered = true;
    }
    // True to its word: Okta still signs this browser in without a password.
    const silent = await startSsoLogin(stack.portal.url, jar);
    const again = await follow(jar, silent.toString(), (url) => url.pathname.startsWith("/auth/sso/callback/"));
    expect(again.url).toContain("/auth/sso/callback/okta?code=");
  });
});

describe("local password sign-in", () => {
  const post = (jar: CookieJar, password: string) =>
    jar.fetch(`${stack.portal.url}/admin/login/password`, {
      method: "POST",
      headers: { origin: stack.portal.url, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email: "platform-admin@example.com", password }),
    });

  it("answers an unknown email and a wrong password with the same generic error", async () => {
    const unknown = await new CookieJar().fetch(`${stack.portal.url}/admin/login/password`, {
      method: "POST",
      headers: { origin: stack.portal.url, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email: "nobody@example.com", password: "whatever-password" }),
    });
    expect(unknown.headers.get("location")).toContain("error=invalid_credentials");
    expect(await db.count("AuditEvent", "type = 'login.local' AND outcome = 'failure' AND \"subjectEmail\" = 'nobody@example.com'")).toBe(1);
  });

  // Five sign-ins, each a 128 MiB scrypt: allow for a busy machine.
  it(
    "locks the account for this address after the configured number of failures, answering as for a wrong password, and audits it",
    { timeout: 120_000 },
    async () => {
      const jar = new CookieJar();
      for (let i = 0; i < 3; i++) expect((await post(jar, "wrong-password")).headers.get("location")).toContain("error=invalid_credentials");
      expect((await post(jar, "platform-admin-password")).headers.get("location")).toContain("error=invalid_credentials");
      expect(jar.get(stack.portal.url, "next-auth.session-token")).toBeUndefined();
      expect(await db.count("AuditEvent", "type = 'login.local.lockout'")).toBe(1);
      expect(await db.count("AuditEvent", "type = 'login.local' AND reason = 'locked_out'")).toBe(1);
      // The lock lasts LOGIN_LOCKOUT_MINUTES; here, expire it.
      await db.run(`UPDATE "LoginFailure" SET "lockedUntil" = ? WHERE key LIKE 'platform-admin@example.com|%'`, prismaTime(new Date(Date.now() - 1000)));
      expect((await post(jar, "platform-admin-password")).headers.get("location")).toBe(`${stack.portal.url}/admin`);
      expect(await db.count("LoginFailure", "key LIKE 'platform-admin@example.com|%'")).toBe(0);
    },
  );

  it("refuses a cross-site form post", async () => {
    const response = await new CookieJar().fetch(`${stack.portal.url}/admin/login/password`, {
      method: "POST",
      headers: { origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email: "platform-admin@example.com", password: "platform-admin-password" }),
    });
    expect(response.status).toBe(403);
  });

  it("POST /auth/login answers MCP Gateway's token shape, and the token reads /auth/users", async () => {
    const response = await fetch(`${stack.portal.url}/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "platform-admin@example.com", password: "platform-admin-password" }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { access_token: string; token_type: string; expires_in: number };
    expect(body.token_type).toBe("bearer");
    expect(body.expires_in).toBe(12 * 3600);
    const users = await fetch(`${stack.portal.url}/auth/users`, { headers: { authorization: `Bearer ${body.access_token}` } });
    expect(users.status).toBe(200);
    expect(((await users.json()) as { users: { email: string }[] }).users.map((u) => u.email)).toContain("platform-admin@example.com");
  });

  it("POST /auth/login refuses bad JSON and wrong passwords as JSON", async () => {
    const bad = await fetch(`${stack.portal.url}/auth/login`, { method: "POST", body: "{not json" });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { detail: string }).detail).toContain('{"email"');
    const wrong = await fetch(`${stack.portal.url}/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "nobody@example.com", password: "x" }),
    });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ detail: "Invalid email or password" });
  });
});
