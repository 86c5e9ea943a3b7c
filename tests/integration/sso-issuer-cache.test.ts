import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CookieJar } from "../helpers/cookie-jar";
import { freePort } from "../helpers/free-port";
import { startHostileOp } from "../helpers/hostile-op";
import { follow, ssoLogin, startSsoLogin } from "../helpers/sso-login";
import { startPortal, type RunningPortal } from "../helpers/start-portal";
import { startStack, type Stack } from "../helpers/start-stack";

/** What the IdP was asked server-to-server while `run` ran. */
async function callsDuring(stack: Stack, run: () => Promise<unknown>) {
  const before = { ...stack.idp.calls };
  await run();
  const after = stack.idp.calls;
  return {
    discovery: after.discovery - before.discovery,
    jwks: after.jwks - before.jwks,
    token: after.token - before.token,
    userinfo: after.userinfo - before.userinfo,
  };
}

async function expectLogin(stack: Stack, email: string) {
  expect((await ssoLogin(stack.portal.url, email)).location).toBe(`${stack.portal.url}/admin`);
}

describe("discovery and signing keys cached by the portal", () => {
  let stack: Stack;
  beforeAll(async () => {
    // Fat ID tokens with groups, so a login needs no userinfo call and the token call is the only one.
    stack = await startStack({ idpBehaviour: { fatIdToken: true, groupsClaim: true } });
  });
  afterAll(() => stack?.stop());

  it("discovers the issuer and fetches its keys once, then signs people in with the token call alone", async () => {
    expect(await callsDuring(stack, () => expectLogin(stack, "admin@example.com"))).toEqual({ discovery: 1, jwks: 1, token: 1, userinfo: 0 });
    // Steady state: neither the sign-in redirect nor the callback rediscovers or refetches keys.
    expect(await callsDuring(stack, () => startSsoLogin(stack.portal.url, new CookieJar()))).toEqual({ discovery: 0, jwks: 0, token: 0, userinfo: 0 });
    const twoLogins = await callsDuring(stack, async () => {
      await expectLogin(stack, "admin@example.com");
      await expectLogin(stack, "user@example.com");
    });
    expect(twoLogins).toEqual({ discovery: 0, jwks: 0, token: 2, userinfo: 0 });
  });

  it("accepts a login signed with a key the IdP published a second after the previous login", async () => {
    await expectLogin(stack, "admin@example.com");
    stack.idp.rotateSigningKey();
    await sleep(1_000);
    const afterRotation = await callsDuring(stack, () => expectLogin(stack, "user@example.com"));
    // The unknown kid costs exactly one key refetch; the next login uses the cached set again.
    expect(afterRotation).toMatchObject({ discovery: 0, jwks: 1, token: 1 });
    expect(await callsDuring(stack, () => expectLogin(stack, "admin@example.com"))).toMatchObject({ discovery: 0, jwks: 0, token: 1 });
  });
});

describe("a kid the issuer does not publish", () => {
  let op: Awaited<ReturnType<typeof startHostileOp>>;
  let portal: RunningPortal;
  beforeAll(async () => {
    op = await startHostileOp("hostile-client");
    portal = await startPortal(await freePort(), {
      SSO_OKTA_CLIENT_ID: "hostile-client",
      SSO_OKTA_CLIENT_SECRET: "hostile-secret",
      SSO_OKTA_ISSUER: op.issuer,
    });
  });
  afterAll(async () => {
    await portal?.stop();
    await op?.close();
  });

  /** Signs in at the OP and returns the callback URL, not yet visited, with its cookies. */
  async function reachCallback() {
    const jar = new CookieJar();
    const authorize = await startSsoLogin(portal.url, jar);
    const back = await follow(jar, authorize.toString(), (url) => url.pathname.startsWith("/auth/sso/callback/"));
    return async () => (await jar.fetch(back.url)).headers.get("location") ?? "";
  }

  it("is refused after one refetch, and a burst of them refetches once", async () => {
    op.state.mode = "honest";
    expect(await (await reachCallback())()).toBe(`${portal.url}/admin`);
    const fetchesBefore = op.state.keyFetches;
    op.state.mode = "unknownKid";
    const callbacks = await Promise.all([reachCallback(), reachCallback(), reachCallback()]);
    const locations = await Promise.all(callbacks.map((callback) => callback()));
    for (const location of locations) expect(new URL(location).searchParams.get("error")).toBe("token_invalid");
    // Arriving together, within the cooldown: one refetch in all, shared or skipped by the others.
    // (The OP keeps one nonce, but the signature is checked, and refused, before the nonce.)
    expect(op.state.keyFetches - fetchesBefore).toBe(1);
  });
});
