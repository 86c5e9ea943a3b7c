import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startIdp, type RunningIdp } from "@/idp/server";
import { portalClient } from "@/idp/portal-client";
import { CookieJar } from "../helpers/cookie-jar";
import { freePort } from "../helpers/free-port";
import { signInAtIdp, ssoLogin, startSsoLogin } from "../helpers/sso-login";
import { startBalancer, type Balancer } from "../helpers/start-balancer";
import { startPortal, type RunningPortal } from "../helpers/start-portal";
import { oktaPortalEnv, TEST_CLIENT } from "../helpers/start-stack";
import { createTestDatabase, TEST_DATABASE, type TestDatabase } from "../helpers/test-database";

// Two instances behind one load balancer (one APP_URL, one set of cookies) on one database:
// whatever one instance knows, the other must know too, because the next request may go there.
describe(`two portal instances on one ${TEST_DATABASE} database`, () => {
  let database: TestDatabase;
  let idp: RunningIdp;
  let balancer: Balancer;
  let a: RunningPortal;
  let b: RunningPortal;

  beforeAll(async () => {
    database = await createTestDatabase();
    const [balancerPort, portA, portB] = await Promise.all([freePort(), freePort(), freePort()]);
    balancer = await startBalancer(balancerPort, portA);
    idp = await startIdp({ port: 0, hostname: "127.0.0.1", clients: [portalClient(balancer.url, TEST_CLIENT.id, TEST_CLIENT.secret)] });
    const env = { ...oktaPortalEnv(idp.issuer), APP_URL: balancer.url, LOGIN_LOCKOUT_THRESHOLD: "4" };
    // Started together: both migrate and create the session secret at once, as a rolling deploy may.
    [a, b] = await Promise.all([startPortal(portA, env, { databaseUrl: database.url }), startPortal(portB, env, { databaseUrl: database.url })]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await Promise.all([balancer?.close(), idp?.close()]);
    await database?.drop();
  });

  const adminStatus = async (jar: CookieJar, portal: RunningPortal) => {
    balancer.routeTo(portal.port);
    return (await jar.fetch(`${balancer.url}/admin`)).status;
  };

  it("completes on B a login that started on A", async () => {
    const jar = new CookieJar();
    balancer.routeTo(a.port);
    const authorizeUrl = await startSsoLogin(balancer.url, jar);
    const back = await signInAtIdp(jar, authorizeUrl, "admin@example.com");
    balancer.routeTo(b.port);
    const callback = await jar.fetch(back.url);
    expect(callback.headers.get("location")).toBe(`${balancer.url}/admin`);
    expect(jar.get(balancer.url, "next-auth.session-token")).toBeTruthy();
    expect(await adminStatus(jar, a)).toBe(200);
    expect(await adminStatus(jar, b)).toBe(200);
  });

  it("refuses on B a session that was signed out on A, at the very next request", async () => {
    balancer.routeTo(a.port);
    const { jar } = await ssoLogin(balancer.url, "user@example.com");
    const token = jar.get(balancer.url, "next-auth.session-token")!;
    expect(await adminStatus(jar, b)).toBe(200);

    balancer.routeTo(a.port);
    expect((await jar.fetch(`${balancer.url}/admin/logout`, { method: "POST", headers: { origin: balancer.url } })).status).toBe(303);
    // A stolen copy of the cookie is worth nothing on the other instance either.
    jar.set(balancer.url, "next-auth.session-token", token);
    expect(await adminStatus(jar, b)).toBe(307);
  });

  it("counts password failures on both instances towards one lockout", async () => {
    const attempt = async (portal: RunningPortal, password: string) => {
      balancer.routeTo(portal.port);
      const response = await new CookieJar().fetch(`${balancer.url}/admin/login/password`, {
        method: "POST",
        headers: { origin: balancer.url, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ email: "platform-admin@example.com", password }),
      });
      return new URL(response.headers.get("location")!).searchParams.get("error");
    };
    // Two failures each: neither instance alone reaches the threshold of 4.
    for (const portal of [a, b, a]) expect(await attempt(portal, "wrong-password")).toBe("invalid_credentials");
    expect(await attempt(b, "wrong-password")).toBe("invalid_credentials");
    // Locked: even the right password is refused, with the same answer as a wrong one (nothing to enumerate).
    expect(await attempt(a, "platform-admin-password")).toBe("invalid_credentials");
    expect(await attempt(b, "platform-admin-password")).toBe("invalid_credentials");
  });
});
