import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken } from "@/lib/tokens/hash-token";
import { CookieJar } from "../helpers/cookie-jar";
import { portalDb } from "../helpers/portal-db";
import { ssoLogin } from "../helpers/sso-login";
import { startStack, TEST_CLIENT, type Stack } from "../helpers/start-stack";

let stack: Stack;
let db: ReturnType<typeof portalDb>;

const discovery = async () =>
  (await (await fetch(`${stack.idp.issuer}/.well-known/openid-configuration`)).json()) as { authorization_endpoint: string; end_session_endpoint: string };

beforeAll(async () => {
  // The sign-in tests check the stored Okta groups, so the app has a groups claim.
  stack = await startStack({ idpBehaviour: { groupsClaim: true } });
  db = portalDb(stack.portal.databaseUrl);
});
afterAll(async () => {
  await db?.close();
  await stack?.stop();
});

describe("Okta sign-in against the bundled IdP", () => {
  it("lists Okta at /auth/sso/providers in MCP Gateway's shape", async () => {
    const response = await fetch(`${stack.portal.url}/auth/sso/providers`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([{ id: "okta", name: "okta", display_name: "Okta" }]);
  });

  it("sends the browser to the issuer's authorize endpoint with PKCE, state, nonce, scope and the exact redirect URI", async () => {
    const { authorizeUrl } = await ssoLogin(stack.portal.url, "user@example.com");
    // {base}/oauth2/v1/authorize on the org server, {issuer}/v1/authorize on a custom one (IDP_SHAPE).
    expect(`${authorizeUrl.origin}${authorizeUrl.pathname}`).toBe((await discovery()).authorization_endpoint);
    const params = authorizeUrl.searchParams;
    expect(params.get("response_type")).toBe("code");
    expect(params.get("client_id")).toBe(TEST_CLIENT.id);
    expect(params.get("redirect_uri")).toBe(`${stack.portal.url}/auth/sso/callback/okta`);
    expect(params.get("scope")).toBe("openid profile email groups");
    expect(params.get("code_challenge_method")).toBe("S256");
    expect(params.get("code_challenge")).toMatch(/^[\w-]{43}$/);
    expect(params.get("state")).toBeTruthy();
    expect(params.get("nonce")).toBeTruthy();
  });

  it("creates the User, Account and Session rows and lands on /admin with an HttpOnly, SameSite=Lax session cookie", async () => {
    const { jar, callback, location } = await ssoLogin(stack.portal.url, "admin@example.com");
    expect(callback.status).toBe(302);
    expect(location).toBe(`${stack.portal.url}/admin`);

    const setCookie = callback.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toMatch(/Secure/i);

    const user = await db.one<{ id: string; name: string; isAdmin: unknown; oktaGroups: string; lastLoginAt: string | null }>(
      `SELECT * FROM "User" WHERE email = ?`,
      "admin@example.com",
    );
    expect(user).toBeDefined();
    expect(user!.name).toBeTruthy();
    expect(JSON.parse(user!.oktaGroups)).toEqual(expect.arrayContaining(["MCP Gateway Admins", "MCP Gateway Users"]));
    expect(user!.lastLoginAt).not.toBeNull();
    const account = await db.one<{ provider: string; providerAccountId: string; id_token: string }>(`SELECT * FROM "Account" WHERE "userId" = ?`, user!.id);
    expect(account?.provider).toBe("okta");
    expect(account?.providerAccountId).toMatch(/^00u/);
    expect(account?.id_token).toBeTruthy();
    const token = jar.get(stack.portal.url, "next-auth.session-token");
    const session = await db.one<{ userId: string; provider: string; userAgent: string | null }>(
      `SELECT * FROM "Session" WHERE "sessionToken" = ?`,
      hashToken(token!),
    );
    expect(session?.userId).toBe(user!.id);
    expect(session?.provider).toBe("okta");
    expect(await db.count("AuditEvent", "type = 'sso.login' AND outcome = 'success' AND \"subjectId\" = ?", user!.id)).toBe(1);

    const dashboard = await jar.fetch(`${stack.portal.url}/admin`);
    expect(dashboard.status).toBe(200);
    const html = await dashboard.text();
    expect(html).toContain("admin@example.com");
    expect(html).toContain("MCP Gateway Admins");
  });

  it("signs the same person in again without a second User or Account", async () => {
    await ssoLogin(stack.portal.url, "user@example.com");
    await ssoLogin(stack.portal.url, "user@example.com");
    expect(await db.count("User", "email = ?", "user@example.com")).toBe(1);
    expect(await db.count("Account", `"userId" = (SELECT id FROM "User" WHERE email = ?)`, "user@example.com")).toBe(1);
  });

  it("returns to a same-origin callbackUrl, and never to another origin", async () => {
    expect((await ssoLogin(stack.portal.url, "user@example.com", { callbackUrl: "/admin?tab=me" })).location).toBe(`${stack.portal.url}/admin?tab=me`);
    expect((await ssoLogin(stack.portal.url, "user@example.com", { callbackUrl: "https://evil.example/steal" })).location).toBe(`${stack.portal.url}/admin`);
  });

  it("answers 404 JSON at /auth/sso paths it doesn't serve, instead of next-auth's plain-text 400 or its own pages", async () => {
    for (const path of [
      "/auth/sso/login/okta",
      "/auth/sso/nope",
      "/auth/sso/signin/github",
      "/auth/sso/verify-request",
      "/auth/sso/_log",
      "/auth/sso/session/x",
      "/auth/sso/callback/github?code=x&state=y",
    ]) {
      const response = await fetch(`${stack.portal.url}${path}`, { redirect: "manual" });
      expect([path, response.status]).toEqual([path, 404]);
      expect(await response.json()).toEqual({ detail: "Not found" });
    }
    // next-auth's own sign-out confirmation page gives way to My account, where the Sign out button is.
    const signOut = await fetch(`${stack.portal.url}/auth/sso/signout`, { redirect: "manual" });
    expect(signOut.status).toBe(302);
    expect(new URL(signOut.headers.get("location")!, stack.portal.url).pathname).toBe("/admin/account");
  });

  it("sends anonymous visitors of /admin to the login page", async () => {
    const response = await fetch(`${stack.portal.url}/admin`, { redirect: "manual" });
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toContain("/admin/login?callbackUrl=%2Fadmin");
  });

  it("signs out: deletes the database session, clears the cookie and ends the Okta session", async () => {
    const { jar } = await ssoLogin(stack.portal.url, "user@example.com");
    const token = jar.get(stack.portal.url, "next-auth.session-token");
    expect(await db.count("Session", '"sessionToken" = ?', hashToken(token!))).toBe(1);

    const response = await jar.fetch(`${stack.portal.url}/admin/logout`, { method: "POST", headers: { origin: stack.portal.url } });
    expect(response.status).toBe(303);
    const logout = new URL(response.headers.get("location")!);
    expect(`${logout.origin}${logout.pathname}`).toBe((await discovery()).end_session_endpoint);
    expect(logout.searchParams.get("id_token_hint")).toBeTruthy();
    expect(logout.searchParams.get("post_logout_redirect_uri")).toBe(`${stack.portal.url}/admin/login`);
    expect(await db.count("Session", '"sessionToken" = ?', hashToken(token!))).toBe(0);
    expect(jar.get(stack.portal.url, "next-auth.session-token")).toBeUndefined();

    jar.set(stack.portal.url, "next-auth.session-token", token!);
    const after = await jar.fetch(`${stack.portal.url}/admin`);
    expect(after.status).toBe(307);
  });

  it("refuses a cross-site sign-out", async () => {
    const { jar } = await ssoLogin(stack.portal.url, "user@example.com");
    const response = await jar.fetch(`${stack.portal.url}/admin/logout`, { method: "POST", headers: { origin: "https://evil.example" } });
    expect(response.status).toBe(403);
    expect(await db.count("Session", '"sessionToken" = ?', hashToken(jar.get(stack.portal.url, "next-auth.session-token")!))).toBe(1);
  });

  it("shows Okta's own words when the user is not assigned to the app, and stores nothing", async () => {
    const { jar, location } = await ssoLogin(stack.portal.url, "unassigned@example.com");
    const url = new URL(location);
    expect(url.pathname).toBe("/admin/login");
    expect(url.searchParams.get("error")).toBe("access_denied");
    expect(await db.count("User", "email = ?", "unassigned@example.com")).toBe(0);
    // Okta's words travel in a cookie sealed for this browser, not in the URL (see login-redirects.test.ts).
    const page = await (await jar.fetch(location)).text();
    expect(page).toContain("User is not assigned to the client application.");
    expect(page).toContain("Ask your Okta administrator to assign you to the application");
  });

  it("renders no error description taken from the query string, escaped or not", async () => {
    const raw = await (
      await fetch(`${stack.portal.url}/admin/login?error=access_denied&error_description=${encodeURIComponent("<script>alert(1)</script>")}`)
    ).text();
    expect(raw).not.toContain("<script>alert(1)</script>");
    // Next's RSC payload (inside the page's own scripts) repeats the request URL; nothing else may.
    expect(raw.replace(/<script\b[\s\S]*?<\/script>/g, "")).not.toContain("alert(1)");
  });
});

describe("local admin password sign-in", () => {
  it("creates a revocable database session for the platform admin", async () => {
    const jar = new CookieJar();
    const response = await jar.fetch(`${stack.portal.url}/admin/login/password`, {
      method: "POST",
      headers: { origin: stack.portal.url, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email: "platform-admin@example.com", password: "platform-admin-password", callbackUrl: "/admin" }),
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`${stack.portal.url}/admin`);
    const token = jar.get(stack.portal.url, "next-auth.session-token");
    expect((await db.one<{ provider: string }>(`SELECT provider FROM "Session" WHERE "sessionToken" = ?`, hashToken(token!)))?.provider).toBe("local");
    expect(await (await jar.fetch(`${stack.portal.url}/admin`)).text()).toContain("platform-admin@example.com");
  });
});
