// Where a sign-in may send the browser afterwards, and which words an outsider can put on portal
// pages through a link (issue 10 §3).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CookieJar } from "../helpers/cookie-jar";
import { ssoLogin, startSsoLogin } from "../helpers/sso-login";
import { startStack, type Stack } from "../helpers/start-stack";

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ env: { SSO_TRUSTED_DOMAINS: '["example.com"]' } });
}, 120_000);
afterAll(async () => {
  await stack?.stop();
});

const ATTACKER_TEXT = "Call 555-0100 to restore your access";

async function passwordLogin(jar: CookieJar, callbackUrl: string): Promise<Response> {
  return jar.fetch(`${stack.portal.url}/admin/login/password`, {
    method: "POST",
    headers: { origin: stack.portal.url, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email: "platform-admin@example.com", password: "platform-admin-password", callbackUrl }),
  });
}

/** The page's HTML without scripts (Next's RSC payload repeats the request URL, which shows nothing). */
const html = async (response: Response) => (await response.text()).replace(/<script\b[\s\S]*?<\/script>/g, "").replaceAll("&#x27;", "'");
/** The text a reader sees (links may keep the URL's parameters in their href, which shows nothing). */
const text = async (response: Response) => (await html(response)).replace(/<[^>]*>/g, " ");

describe("post-login redirects stay on the portal", () => {
  it.each(["/\t/evil.example", "/\n/evil.example", "//evil.example", "/\\evil.example", "https://evil.example/", "/.//evil.example"])(
    "a correct password with callbackUrl=%j lands on the portal",
    async (callbackUrl) => {
      const response = await passwordLogin(new CookieJar(), callbackUrl);
      expect(response.status).toBe(303);
      const location = new URL(response.headers.get("location")!, stack.portal.url);
      expect(location.origin).toBe(stack.portal.url);
    },
  );

  it("keeps a same-origin destination with its query string", async () => {
    const response = await passwordLogin(new CookieJar(), "/admin/users?q=ann&status=active");
    expect(response.headers.get("location")).toBe(`${stack.portal.url}/admin/users?q=ann&status=active`);
  });

  it("sends a signed-in visitor of the login page to the portal, not to callbackUrl's host", async () => {
    const jar = new CookieJar();
    await passwordLogin(jar, "/admin");
    const response = await jar.fetch(`${stack.portal.url}/admin/login?callbackUrl=${encodeURIComponent("/\t/evil.example")}`);
    expect(response.status).toBeGreaterThanOrEqual(300);
    expect(response.status).toBeLessThan(400);
    expect(new URL(response.headers.get("location")!, stack.portal.url).origin).toBe(stack.portal.url);
  });

  it("brings an Okta sign-in with a hostile callbackUrl back to the portal", async () => {
    const { location } = await ssoLogin(stack.portal.url, "user@example.com", { callbackUrl: "/\t/evil.example" });
    expect(new URL(location).origin).toBe(stack.portal.url);
  });
});

describe("attacker-worded text on the login page", () => {
  it("ignores an error_description put into a link", async () => {
    const page = await text(await fetch(`${stack.portal.url}/admin/login?error=access_denied&error_description=${encodeURIComponent(ATTACKER_TEXT)}`));
    expect(page).toContain("Ask your Okta administrator to assign you to the application");
    expect(page).not.toContain("555-0100");
  });

  it("ignores an error_description sent straight to the callback, which no sign-in of this browser asked for", async () => {
    const jar = new CookieJar();
    const callback = await jar.fetch(`${stack.portal.url}/auth/sso/callback/okta?error=access_denied&error_description=${encodeURIComponent(ATTACKER_TEXT)}`);
    const location = callback.headers.get("location")!;
    expect(location).not.toContain("555");
    expect(await text(await jar.fetch(location))).not.toContain("555-0100");
  });

  it("doesn't show the words of a callback forged in one browser in another", async () => {
    // The attacker starts a real sign-in, so the state matches the attacker's own state cookie.
    const attacker = new CookieJar();
    const state = (await startSsoLogin(stack.portal.url, attacker)).searchParams.get("state")!;
    const callback = await attacker.fetch(
      `${stack.portal.url}/auth/sso/callback/okta?state=${state}&error=access_denied&error_description=${encodeURIComponent(ATTACKER_TEXT)}`,
    );
    const location = callback.headers.get("location")!;
    expect(new URL(location).searchParams.get("error")).toBe("access_denied");
    // The link the attacker can share shows the victim nothing of the attacker's text.
    expect(await text(await new CookieJar().fetch(location))).not.toContain("555-0100");
  });

  it("still shows Okta's own words after a real refusal, in the browser that signed in", async () => {
    const { jar, location } = await ssoLogin(stack.portal.url, "unassigned@example.com");
    const url = new URL(location);
    expect(url.searchParams.get("error")).toBe("access_denied");
    expect(url.searchParams.get("error_description")).toBeNull();
    const page = await text(await jar.fetch(location));
    expect(page).toContain("User is not assigned to the client application.");
    expect(page).toContain("Ask your Okta administrator to assign you to the application");
    // The same URL in another browser shows the code's own message only.
    const elsewhere = await text(await fetch(location));
    expect(elsewhere).toContain("Ask your Okta administrator to assign you to the application");
    expect(elsewhere).not.toContain("User is not assigned to the client application.");
  });

  it("shows the refused domain only to the browser that was refused", async () => {
    const { jar, location } = await ssoLogin(stack.portal.url, "outsider@untrusted.org");
    expect(new URL(location).searchParams.get("domain")).toBeNull();
    expect(await text(await jar.fetch(location))).toContain("Accounts from @untrusted.org can't sign in here.");
    const forged = await text(await fetch(`${stack.portal.url}/admin/login?error=untrusted_domain&domain=${encodeURIComponent("call-555-0100.example")}`));
    expect(forged).not.toContain("555-0100");
  });

  it("shows only known error codes", async () => {
    const page = await html(await fetch(`${stack.portal.url}/admin/login?error=call_five_five_five_now`));
    expect(page).not.toContain("call_five_five_five_now");
    expect(page).toContain('data-error-code="sso_failed"');
  });
});

describe("attacker-worded notices on console pages", () => {
  it("ignores notice and error parameters the portal did not seal for this session", async () => {
    const jar = new CookieJar();
    await passwordLogin(jar, "/admin");
    for (const path of ["/admin/teams", "/admin/users", "/admin/settings", "/admin/tokens", "/admin/sessions"]) {
      const page = await text(
        await jar.fetch(`${stack.portal.url}${path}?notice=${encodeURIComponent(ATTACKER_TEXT)}&error=${encodeURIComponent(ATTACKER_TEXT)}`),
      );
      expect(page, path).not.toContain("555-0100");
    }
  });
});
