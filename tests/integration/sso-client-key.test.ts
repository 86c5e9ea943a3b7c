import { generateKeyPairSync, randomUUID } from "node:crypto";
import { importJWK, SignJWT, type JWK } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseClientKey } from "@/lib/sso/parse-client-key";
import { portalDb } from "../helpers/portal-db";
import { ssoLogin } from "../helpers/sso-login";
import { startStack, TEST_CLIENT, type Stack } from "../helpers/start-stack";

const newKey = () => generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "pem", type: "pkcs8" }) as string;
const KEY = newKey();
const CLIENT_AUTH_FAILED = "Client authentication failed. Either the client or the client credentials are invalid.";

const tokenEndpoint = async (stack: Stack) =>
  ((await (await fetch(`${stack.idp.issuer}/.well-known/openid-configuration`)).json()) as { token_endpoint: string }).token_endpoint;

/** A token request with a made-up code: accepted client authentication answers invalid_grant, refused invalid_client. */
async function probe(endpoint: string, auth: { assertion: string } | { basic: string }) {
  const response = await fetch(endpoint, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      ...("basic" in auth && { authorization: `Basic ${Buffer.from(`${TEST_CLIENT.id}:${auth.basic}`).toString("base64")}` }),
    },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code: "made-up",
      redirect_uri: "http://127.0.0.1/auth/sso/callback/okta",
      code_verifier: "a".repeat(43),
      ...("assertion" in auth && {
        client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
        client_assertion: auth.assertion,
        client_id: TEST_CLIENT.id,
      }),
    }),
  });
  return { status: response.status, body: (await response.json()) as { error: string; error_description?: string } };
}

/** An assertion as Okta wants it (iss = sub = client_id, aud = token endpoint, unique jti, short exp), claims overridable. */
async function assertion(claims: Record<string, unknown>, pem = KEY) {
  const key = parseClientKey(pem);
  return new SignJWT({ iss: TEST_CLIENT.id, sub: TEST_CLIENT.id, jti: randomUUID(), ...claims })
    .setProtectedHeader({ alg: "RS256", kid: key.kid })
    .setIssuedAt()
    .setExpirationTime(typeof claims.exp === "number" ? claims.exp : "60s")
    .sign(await importJWK(key.privateJwk as JWK, "RS256"));
}

describe("private_key_jwt: the portal signs a client assertion instead of sending a secret", () => {
  let stack: Stack;
  let db: ReturnType<typeof portalDb>;
  beforeAll(async () => {
    stack = await startStack({ clientAuth: { method: "private_key_jwt", key: KEY } });
    db = portalDb(stack.portal.databaseUrl);
  });
  afterAll(async () => {
    await db?.close();
    await stack?.stop();
  });

  it("signs a user in with only the key configured", async () => {
    const { location } = await ssoLogin(stack.portal.url, "user@example.com");
    expect(location).toBe(`${stack.portal.url}/admin`);
    expect(await db.count("Account", "provider = 'okta'")).toBe(1);
    expect(stack.idp.calls.token).toBeGreaterThan(0);
  });

  it("is registered at the IdP for keys only, as an Okta app has one method: a secret is refused", async () => {
    const refused = await probe(await tokenEndpoint(stack), { basic: TEST_CLIENT.secret });
    expect(refused).toEqual({ status: 401, body: { error: "invalid_client", error_description: CLIENT_AUTH_FAILED } });
  });

  it("makes the IdP hold Okta's rules for the assertion: aud is the token endpoint, exp at most an hour ahead, each jti once", async () => {
    const endpoint = await tokenEndpoint(stack);
    const good = await assertion({ aud: endpoint });
    expect((await probe(endpoint, { assertion: good })).body.error).toBe("invalid_grant");
    expect(await probe(endpoint, { assertion: good })).toEqual({ status: 401, body: { error: "invalid_client", error_description: CLIENT_AUTH_FAILED } });
    // openid-client's default audience (the issuer) is not enough for Okta.
    expect((await probe(endpoint, { assertion: await assertion({ aud: stack.idp.issuer }) })).body.error).toBe("invalid_client");
    expect((await probe(endpoint, { assertion: await assertion({ aud: endpoint, exp: Math.floor(Date.now() / 1000) + 2 * 3600 }) })).body.error).toBe(
      "invalid_client",
    );
    expect((await probe(endpoint, { assertion: await assertion({ aud: endpoint }, newKey()) })).body.error).toBe("invalid_client");
  });
});

describe("a portal key Okta doesn't hold", () => {
  it("fails the sign-in with a page that names the key, and changes nothing in the database", async () => {
    const stack = await startStack({ clientAuth: { method: "private_key_jwt", key: newKey(), idpKey: KEY } });
    const db = portalDb(stack.portal.databaseUrl);
    try {
      const users = await db.count("User");
      const { location, jar } = await ssoLogin(stack.portal.url, "user@example.com");
      const url = new URL(location);
      expect(url.pathname).toBe("/admin/login");
      expect(url.searchParams.get("error")).toBe("invalid_client_key");
      const page = (await (await jar.fetch(location)).text()).replaceAll("&#x27;", "'");
      expect(page).toContain("Okta rejected the portal's key");
      expect(page).toContain("add the public JWK that `npm run sso:doctor` prints");
      expect(page).toContain(CLIENT_AUTH_FAILED);
      expect(await db.count("User")).toBe(users);
      expect(await db.count("Account")).toBe(0);
      expect(await db.count("Session")).toBe(0);
    } finally {
      await db.close();
      await stack.stop();
    }
  });
});

describe("client_secret_post", () => {
  it("signs a user in with the secret in the form body", async () => {
    const stack = await startStack({ clientAuth: { method: "client_secret_post" } });
    try {
      // node-oidc-provider takes a secret in either place whichever of the two is registered, so this shows the method works end to end, not where the secret went.
      expect((await ssoLogin(stack.portal.url, "user@example.com")).location).toBe(`${stack.portal.url}/admin`);
    } finally {
      await stack.stop();
    }
  });
});
