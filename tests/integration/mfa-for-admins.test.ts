import { demoUser } from "../helpers/demo-user";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DemoUser } from "@/idp/accounts";
import { DEMO_FACTOR_CODE } from "@/idp/sign-in";
import { CookieJar } from "../helpers/cookie-jar";
import { flag, portalDb } from "../helpers/portal-db";
import { signInAtIdp, ssoLogin, startSsoLogin } from "../helpers/sso-login";
import { DEMO_PASSWORD, startStack, type Stack } from "../helpers/start-stack";

// SSO_REQUIRE_MFA_FOR_ADMINS: an Okta sign-in gets the admin view only with MFA in amr; without it
// the portal asks Okta once more (acr_values + max_age=0), and then signs the person in without it.

const admin = (id: string, email: string, extra: Partial<DemoUser> = {}) => demoUser(id, email, { groups: ["MCP Gateway Admins"], ...extra });
const alwaysMfa = admin("00uAlwaysMfa00000001", "always-mfa@example.com", { amr: ["pwd", "mfa", "otp"], factors: ["otp"] });
const withFactor = admin("00uWithFactor0000001", "with-factor@example.com", { factors: ["otp"] });
const passwordOnly = admin("00uPasswordOnly00001", "password-only@example.com");
const plainUser = admin("00uPlainUser00000001", "plain@example.com", { groups: ["MCP Gateway Users"] });

const STEP_UP = { acr_values: "urn:okta:loa:2fa:any", max_age: "0" };

let stack: Stack;
let db: ReturnType<typeof portalDb>;

beforeAll(async () => {
  stack = await startStack({
    idpBehaviour: { groupsClaim: true },
    env: { SSO_OKTA_ADMIN_GROUPS: '["MCP Gateway Admins"]', SSO_REQUIRE_MFA_FOR_ADMINS: "true" },
    extraUsers: [alwaysMfa, withFactor, passwordOnly, plainUser],
  });
  db = portalDb(stack.portal.databaseUrl);
});

afterAll(async () => {
  await db?.close();
  await stack?.stop();
});

/** The mfa flag of each of this user's sessions. */
const sessionMfa = async (email: string) =>
  (await db.all<{ mfa: unknown }>(`SELECT s."mfa" FROM "Session" s JOIN "User" u ON u."id" = s."userId" WHERE u."email" = ?`, email)).map((row) =>
    flag(row.mfa),
  );

/** What the signed-in session may do: the admin API answers 200 only to an admin view. */
const adminApiStatus = async (jar: CookieJar) => (await jar.fetch(`${stack.portal.url}/auth/users`)).status;

/** The step-up the login page starts on arrival at /admin/login?step_up=mfa. */
async function stepUp(jar: CookieJar, email: string, factorCode?: string) {
  const authorizeUrl = await startSsoLogin(stack.portal.url, jar, "/admin", { login_hint: email, ...STEP_UP });
  expect(authorizeUrl.searchParams.get("acr_values")).toBe(STEP_UP.acr_values);
  expect(authorizeUrl.searchParams.get("max_age")).toBe("0");
  return signInAtIdp(jar, authorizeUrl, email, DEMO_PASSWORD, factorCode);
}

describe("MFA for admins", () => {
  it("gives the admin view at once when Okta reports MFA", async () => {
    const { jar, location } = await ssoLogin(stack.portal.url, alwaysMfa.email);
    expect(new URL(location).pathname).toBe("/admin");
    expect(await adminApiStatus(jar)).toBe(200);
    expect(await sessionMfa(alwaysMfa.email)).toEqual([true]);
  });

  it("leaves non-admins alone: no step-up without MFA", async () => {
    const { jar, location } = await ssoLogin(stack.portal.url, plainUser.email);
    expect(new URL(location).pathname).toBe("/admin");
    expect(await adminApiStatus(jar)).toBe(403);
  });

  it("sends a password-only admin sign-in back to Okta once, writing no session, and the factor brings the admin view", async () => {
    const first = await ssoLogin(stack.portal.url, withFactor.email);
    const stepUpUrl = new URL(first.location);
    expect(stepUpUrl.pathname).toBe("/admin/login");
    expect(stepUpUrl.searchParams.get("step_up")).toBe("mfa");
    expect(stepUpUrl.searchParams.get("login_hint")).toBe(withFactor.email);
    // Rolled back: no user, account or session yet.
    expect(await db.count("User", `"email" = ?`, withFactor.email)).toBe(0);
    expect(await db.count("AuditEvent", `"type" = 'sso.mfa_step_up' AND "subjectEmail" = ?`, withFactor.email)).toBe(1);

    // max_age=0: Okta asks for the password again, then for the factor; a wrong code is refused.
    const wrong = await stepUp(first.jar, withFactor.email, "000000");
    expect(wrong.response.status).toBe(401);
    expect(await wrong.response.text()).toContain("Invalid code. Try again.");

    const back = await stepUp(first.jar, withFactor.email, DEMO_FACTOR_CODE);
    const callback = await first.jar.fetch(back.url);
    expect(new URL(callback.headers.get("location") ?? "").pathname).toBe("/admin");
    expect(await adminApiStatus(first.jar)).toBe(200);
    expect(await sessionMfa(withFactor.email)).toEqual([true]);
    const login = await db.one<{ details: string }>(
      `SELECT "details" FROM "AuditEvent" WHERE "type" = 'sso.login' AND "subjectEmail" = ? ORDER BY "createdAt" DESC`,
      withFactor.email,
    );
    expect(JSON.parse(login!.details)).toMatchObject({ mfa: true, amr: ["pwd", "mfa", "otp"], adminView: "granted with MFA" });
  });

  it("signs an admin whose step-up still lacks MFA in without admin rights, says why, and asks again next time", async () => {
    const first = await ssoLogin(stack.portal.url, passwordOnly.email);
    expect(new URL(first.location).searchParams.get("step_up")).toBe("mfa");

    const back = await stepUp(first.jar, passwordOnly.email);
    const callback = await first.jar.fetch(back.url);
    expect(new URL(callback.headers.get("location") ?? "").pathname).toBe("/admin");
    expect(await adminApiStatus(first.jar)).toBe(403);
    const page = await (await first.jar.fetch(`${stack.portal.url}/admin`)).text();
    expect(page).toContain("this Okta sign-in did not use multifactor authentication");
    // The admin right itself stays: only this session goes without it.
    expect(flag((await db.one<{ isAdmin: unknown }>(`SELECT "isAdmin" FROM "User" WHERE "email" = ?`, passwordOnly.email))?.isAdmin)).toBe(true);
    expect(await sessionMfa(passwordOnly.email)).toEqual([false]);
    const login = await db.one<{ details: string }>(
      `SELECT "details" FROM "AuditEvent" WHERE "type" = 'sso.login' AND "subjectEmail" = ? ORDER BY "createdAt" DESC`,
      passwordOnly.email,
    );
    expect(JSON.parse(login!.details)).toMatchObject({ mfa: false, adminView: "withheld: no MFA" });

    // The step-up is remembered for one round trip only.
    const again = await ssoLogin(stack.portal.url, passwordOnly.email);
    expect(new URL(again.location).searchParams.get("step_up")).toBe("mfa");
  });

  it("does not take another user's step-up cookie as this user's step-up", async () => {
    const victim = await ssoLogin(stack.portal.url, withFactor.email);
    const sealed = victim.jar.get(stack.portal.url, "portal-mfa-step-up");
    expect(sealed).toBeTruthy();
    const jar = new CookieJar();
    jar.set(stack.portal.url, "portal-mfa-step-up", sealed!);
    const { location } = await ssoLogin(stack.portal.url, passwordOnly.email, { jar });
    expect(new URL(location).searchParams.get("step_up")).toBe("mfa");

    const forged = new CookieJar();
    forged.set(stack.portal.url, "portal-mfa-step-up", "e30.forged");
    expect(new URL((await ssoLogin(stack.portal.url, passwordOnly.email, { jar: forged })).location).searchParams.get("step_up")).toBe("mfa");
  });
});
