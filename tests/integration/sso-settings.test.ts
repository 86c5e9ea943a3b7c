import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../helpers/free-port";
import { runStart } from "../helpers/run-start";
import { startPortal, type RunningPortal } from "../helpers/start-portal";

describe("start-up configuration check", () => {
  it.each([
    [{ SSO_OKTA_ENABLED: "true" }, "SSO_OKTA_CLIENT_ID is required when SSO_OKTA_ENABLED=true"],
    [
      { SSO_OKTA_ENABLED: "false", SSO_TRUSTED_DOMAINS: "yourcompany.com" },
      'SSO_TRUSTED_DOMAINS must be a JSON array such as ["yourcompany.com"] (got "yourcompany.com")',
    ],
  ])("exits with one line naming the variable for %j", (env, message) => {
    const { status, stderr } = runStart(env);
    expect(status).toBe(1);
    const lines = stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(message);
  });
});

describe("with SSO_ENABLED=false", () => {
  let portal: RunningPortal;
  beforeAll(async () => {
    portal = await startPortal(await freePort(), { SSO_ENABLED: "false", PLATFORM_ADMIN_EMAIL: "root@example.com", PLATFORM_ADMIN_PASSWORD: "root-password" });
  });
  afterAll(() => portal?.stop());

  it.each(["/auth/sso/providers", "/auth/sso/csrf", "/auth/sso/signin/okta", "/auth/sso/callback/okta?code=x&state=y", "/auth/sso/session"])(
    "answers 404 at %s",
    async (path) => {
      const response = await fetch(`${portal.url}${path}`, { redirect: "manual" });
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ detail: "SSO authentication is disabled" });
    },
  );

  it("answers 404 to a POST sign-in too", async () => {
    const response = await fetch(`${portal.url}/auth/sso/signin/okta`, { method: "POST", redirect: "manual" });
    expect(response.status).toBe(404);
  });

  it("shows no Okta button, only the password form", async () => {
    const html = await (await fetch(`${portal.url}/admin/login`)).text();
    expect(html).not.toContain("Continue with Okta");
    expect(html).toContain("Sign in with password");
  });
});

describe("with SSO_OKTA_ENABLED=false and SSO_PRESERVE_ADMIN_AUTH=false", () => {
  let portal: RunningPortal;
  beforeAll(async () => {
    portal = await startPortal(await freePort(), {
      SSO_ENABLED: "true",
      SSO_OKTA_ENABLED: "false",
      SSO_PRESERVE_ADMIN_AUTH: "false",
      PLATFORM_ADMIN_EMAIL: "root@example.com",
      PLATFORM_ADMIN_PASSWORD: "root-password",
    });
  });
  afterAll(() => portal?.stop());

  it("lists no providers", async () => {
    expect(await (await fetch(`${portal.url}/auth/sso/providers`)).json()).toEqual([]);
  });

  it("offers no way in and refuses the password endpoint", async () => {
    const html = await (await fetch(`${portal.url}/admin/login`)).text();
    expect(html).not.toContain("Continue with Okta");
    expect(html).not.toContain("Sign in with password");
    const response = await fetch(`${portal.url}/admin/login/password`, {
      method: "POST",
      redirect: "manual",
      headers: { origin: portal.url, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email: "root@example.com", password: "root-password" }),
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toContain("error=password_login_disabled");
    expect(response.headers.getSetCookie().join()).not.toContain("session-token");
  });
});
