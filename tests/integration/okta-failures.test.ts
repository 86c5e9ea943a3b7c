// What a real Okta org answers in its first hour, and what the login page then tells the person:
// Okta's own words beside the portal's explanation of what to change.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CookieJar } from "../helpers/cookie-jar";
import { portalDb } from "../helpers/portal-db";
import { follow, ssoLogin, startSsoLogin } from "../helpers/sso-login";
import { startStack, type Stack } from "../helpers/start-stack";

async function loginPageText(location: string, jar: CookieJar): Promise<string> {
  // Okta's words reach the page only through the sealed cookie of the browser that signed in; React separates adjacent text with <!-- --> markers.
  return (await (await jar.fetch(location)).text()).replaceAll("<!-- -->", "").replaceAll("&#x27;", "'").replaceAll("&quot;", '"');
}

function errorOf(location: string): URLSearchParams {
  const url = new URL(location);
  expect(url.pathname).toBe("/admin/login");
  return url.searchParams;
}

/** A sign-in that Okta answers before showing its form: start it and follow the redirects back to the portal's callback. */
async function signInRefusedAtAuthorize(portalUrl: string): Promise<{ location: string; jar: CookieJar }> {
  const jar = new CookieJar();
  const authorizeUrl = await startSsoLogin(portalUrl, jar);
  const back = await follow(jar, authorizeUrl.toString(), (next) => next.pathname.startsWith("/auth/sso/callback/"));
  expect(back.url).toContain("/auth/sso/callback/okta?");
  return { location: (await jar.fetch(back.url)).headers.get("location") ?? "", jar };
}

describe("a custom authorization server (/oauth2/default) as an Okta admin may have left it", () => {
  let stack: Stack;
  let db: ReturnType<typeof portalDb>;
  beforeAll(async () => {
    stack = await startStack({ idpShape: "custom", idpBehaviour: { groupsClaim: false } });
    db = portalDb(stack.portal.databaseUrl);
  });
  afterAll(async () => {
    await db?.close();
    await stack?.stop();
  });

  it("invalid_scope for groups: Okta's words, and where to add the scope or what to remove", async () => {
    const { location, jar } = await signInRefusedAtAuthorize(stack.portal.url);
    const params = errorOf(location);
    expect(params.get("error")).toBe("invalid_scope");
    // The description is sealed into a cookie, never carried in a link.
    expect(params.get("error_description")).toBeNull();
    const text = await loginPageText(location, jar);
    expect(text).toContain("Okta said: “One or more scopes are not configured for the authorization server resource.”");
    expect(text).toContain("Security → API → Authorization Servers → Scopes");
    expect(text).toContain("remove groups from SSO_OKTA_SCOPE");
    expect(await db.count("Session")).toBe(0);
  });

  it("access_denied 'Policy evaluation failed…': names the authorization server's access policy, not an assignment", async () => {
    stack.idp.behaviour.groupsClaim = true;
    stack.idp.behaviour.accessPolicy = false;
    try {
      const { location, jar } = await ssoLogin(stack.portal.url, "user@example.com");
      const params = errorOf(location);
      expect(params.get("error")).toBe("access_policy_failed");
      const text = await loginPageText(location, jar);
      expect(text).toContain("Okta said: “Policy evaluation failed for this request, please check the policy configurations.”");
      expect(text).toContain("Access Policies");
      expect(text).not.toContain("assign you to the application");
    } finally {
      stack.idp.behaviour.accessPolicy = true;
      stack.idp.behaviour.groupsClaim = false;
    }
  });

  it("too many groups at the token endpoint: Okta's description, and to narrow the groups claim filter; nothing written", async () => {
    stack.idp.behaviour.groupsClaim = true;
    stack.idp.behaviour.tooManyGroups = true;
    const users = await db.count("User");
    try {
      const { location, jar } = await ssoLogin(stack.portal.url, "user@example.com");
      const params = errorOf(location);
      expect(params.get("error")).toBe("too_many_groups");
      const text = await loginPageText(location, jar);
      expect(text).toContain("Okta said: “The groups claim matched too many groups and must be configured to match fewer groups.”");
      expect(text).toContain("narrow the groups claim filter");
      expect(await db.count("User")).toBe(users);
      expect(await db.count("Session")).toBe(0);
    } finally {
      stack.idp.behaviour.tooManyGroups = false;
      stack.idp.behaviour.groupsClaim = false;
    }
  });
});

describe("an Okta org without API Access Management", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ idpShape: "custom", idpBehaviour: { apiAccessManagement: false } });
  });
  afterAll(() => stack?.stop());

  it("discovery 404 on /oauth2/default: no such authorization server; use the org issuer or enable API Access Management", async () => {
    const jar = new CookieJar();
    const url = await startSsoLogin(stack.portal.url, jar);
    expect(url.searchParams.get("error")).toBe("issuer_not_found");
    const text = await loginPageText(url.toString(), jar);
    expect(text).toContain("Okta said: “Not found: Resource not found: default (AuthorizationServer)”");
    expect(text).toContain("this Okta org has no such authorization server");
    expect(text).toContain("https://yourcompany.okta.com");
    expect(text).toContain("enable API Access Management");
  });
});
