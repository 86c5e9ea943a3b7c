import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CookieJar } from "../helpers/cookie-jar";
import { freePort } from "../helpers/free-port";
import { startHostileOp, type HostileMode } from "../helpers/hostile-op";
import { portalDb } from "../helpers/portal-db";
import { follow, startSsoLogin } from "../helpers/sso-login";
import { startPortal, type RunningPortal } from "../helpers/start-portal";

let op: Awaited<ReturnType<typeof startHostileOp>>;
let portal: RunningPortal;
let db: ReturnType<typeof portalDb>;

beforeAll(async () => {
  op = await startHostileOp("hostile-client");
  portal = await startPortal(await freePort(), { SSO_OKTA_CLIENT_ID: "hostile-client", SSO_OKTA_CLIENT_SECRET: "hostile-secret", SSO_OKTA_ISSUER: op.issuer });
  db = portalDb(portal.databaseUrl);
});
afterAll(async () => {
  await db?.close();
  await portal?.stop();
  await op?.close();
});

/** A whole sign-in against the hostile OP; returns where the portal sent the browser and the session cookie, if any. */
async function signIn(mode: HostileMode) {
  op.state.mode = mode;
  const jar = new CookieJar();
  const authorize = await startSsoLogin(portal.url, jar);
  const back = await follow(jar, authorize.toString(), (url) => url.pathname.startsWith("/auth/sso/callback/"));
  const callback = await jar.fetch(back.url);
  return { location: callback.headers.get("location") ?? "", session: jar.get(portal.url, "next-auth.session-token") };
}

describe("ID tokens and userinfo the portal must refuse", () => {
  // Each case starts from an empty directory, so "no rows" is about that case alone.
  beforeEach(() => db.run(`DELETE FROM "User"`));

  it("accepts the honest token (so the refusals below are about the tampering, not the setup)", async () => {
    const { location, session } = await signIn("honest");
    expect(location).toBe(`${portal.url}/admin`);
    expect(session).toBeTruthy();
  });

  it.each(["badSignature", "unknownKid", "algNone", "wrongIssuer", "wrongAudience", "expired", "issuedInFuture", "wrongNonce", "userinfoSubMismatch"] as const)(
    "refuses %s with no session and no rows",
    async (mode) => {
      const { location, session } = await signIn(mode);
      expect(new URL(location).pathname).toBe("/admin/login");
      expect(new URL(location).searchParams.get("error")).toMatch(/^(token_invalid|issuer_mismatch)$/);
      expect(session).toBeUndefined();
      expect([await db.count("User"), await db.count("Account"), await db.count("Session")]).toEqual([0, 0, 0]);
    },
  );

  it("refuses a replayed callback (the state cookie is single-use)", async () => {
    op.state.mode = "honest";
    const jar = new CookieJar();
    const authorize = await startSsoLogin(portal.url, jar);
    const back = await follow(jar, authorize.toString(), (url) => url.pathname.startsWith("/auth/sso/callback/"));
    expect((await jar.fetch(back.url)).headers.get("location")).toBe(`${portal.url}/admin`);
    const replay = await new CookieJar().fetch(back.url);
    expect(new URL(replay.headers.get("location")!).searchParams.get("error")).toBe("state_invalid");
  });

  it("refuses a callback with a missing code", async () => {
    const jar = new CookieJar();
    const authorize = await startSsoLogin(portal.url, jar);
    const back = await follow(jar, authorize.toString(), (url) => url.pathname.startsWith("/auth/sso/callback/"));
    const url = new URL(back.url);
    url.searchParams.delete("code");
    const response = await jar.fetch(url.toString());
    expect(new URL(response.headers.get("location")!).pathname).toBe("/admin/login");
    expect(jar.get(portal.url, "next-auth.session-token")).toBeUndefined();
  });
});
