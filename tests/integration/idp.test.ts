// The bundled Okta-compatible development IdP (idp/), driven over real HTTP like a browser and an RP would.
import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startIdp, type RunningIdp } from "@/idp/server";
import { CookieJar } from "../helpers/cookie-jar";

const CLIENT = {
  client_id: "idp-test-client",
  client_secret: "idp-test-secret",
  redirect_uris: ["http://localhost:8000/auth/sso/callback/okta"],
  post_logout_redirect_uris: ["http://localhost:8000/admin/login"],
};
const REDIRECT_URI = CLIENT.redirect_uris[0];
const PASSWORD = "Okta-demo-1";
const API_TOKEN = "dev-okta-api-token";

let idp: RunningIdp;
let org: RunningIdp;

beforeAll(async () => {
  [idp, org] = await Promise.all([
    // A custom authorization server with a groups claim and scope configured…
    startIdp({ port: 0, shape: "custom", clients: [CLIENT], behaviour: { groupsClaim: true } }),
    // …and a fresh org as Okta creates it: org server, thin ID tokens, no groups claim.
    startIdp({ port: 0, hostname: "127.0.0.1", clients: [CLIENT] }),
  ]);
});
afterAll(async () => {
  await Promise.all([idp?.close(), org?.close()]);
});

const base64url = (bytes: Buffer) => bytes.toString("base64url");

function decodeJwt(token: string): { header: Record<string, unknown>; payload: Record<string, unknown> } {
  const [header, payload] = token
    .split(".")
    .slice(0, 2)
    .map((part) => JSON.parse(Buffer.from(part, "base64url").toString()));
  return { header, payload };
}

interface Authorization {
  url: URL;
  state: string;
  nonce: string;
  verifier: string;
}

/** An endpoint of either IdP: the custom server's are under {issuer}/v1, the org server's under {issuer}/oauth2/v1. */
function endpoint(server: RunningIdp, name: string): string {
  return server === org ? `${server.issuer}/oauth2/v1/${name}` : `${server.issuer}/v1/${name}`;
}

function authorizeUrl(params: Record<string, string | undefined> = {}, server = idp): Authorization {
  const verifier = base64url(randomBytes(32));
  const state = base64url(randomBytes(12));
  const nonce = base64url(randomBytes(12));
  const url = new URL(endpoint(server, "authorize"));
  const all: Record<string, string | undefined> = {
    client_id: CLIENT.client_id,
    response_type: "code",
    redirect_uri: REDIRECT_URI,
    scope: "openid profile email groups",
    state,
    nonce,
    code_challenge: base64url(createHash("sha256").update(verifier).digest()),
    code_challenge_method: "S256",
    ...params,
  };
  for (const [name, value] of Object.entries(all)) if (value !== undefined) url.searchParams.set(name, value);
  return { url, state, nonce, verifier };
}

/** Follows redirects inside the IdP; stops at the first response that is not a redirect or that leaves the IdP. */
async function follow(jar: CookieJar, url: string, init?: RequestInit): Promise<{ url: string; response: Response; location?: URL }> {
  let current = url;
  let response = await jar.fetch(current, init);
  while (response.status >= 300 && response.status < 400) {
    const location = new URL(response.headers.get("location") ?? "", current);
    if (location.origin !== new URL(current).origin) return { url: current, response, location };
    current = location.href;
    response = await jar.fetch(current);
  }
  return { url: current, response };
}

function formOf(html: string, id: string): { action: string; inputs: Record<string, string> } {
  const form = new RegExp(`<form id="${id}"[^>]*action="([^"]+)"[^>]*>([\\s\\S]*?)</form>`).exec(html);
  if (!form) throw new Error(`no form #${id} in:\n${html.slice(0, 800)}`);
  const inputs = Object.fromEntries([...form[2].matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [m[1], m[2]]));
  return { action: form[1].replaceAll("&#38;", "&"), inputs };
}

const postForm = (jar: CookieJar, url: string, fields: Record<string, string>) =>
  follow(jar, url, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(fields) });

/** GET authorize → sign-in page → POST the form → back at the redirect_uri (not fetched). */
async function signIn(email: string, options: { params?: Record<string, string | undefined>; password?: string; jar?: CookieJar; server?: RunningIdp } = {}) {
  const jar = options.jar ?? new CookieJar();
  const authorization = authorizeUrl(options.params, options.server);
  const page = await follow(jar, authorization.url.href);
  const html = await page.response.text();
  if (page.location) return { ...authorization, jar, html, status: page.response.status, redirect: page.location };
  const { action } = formOf(html, "okta-signin-form");
  const result = await postForm(jar, new URL(action, page.url).href, { username: email, password: options.password ?? PASSWORD });
  return { ...authorization, jar, html: await result.response.text(), status: result.response.status, redirect: result.location };
}

function token(body: Record<string, string>, secret = CLIENT.client_secret, server = idp): Promise<Response> {
  return fetch(endpoint(server, "token"), {
    method: "POST",
    headers: { authorization: `Basic ${Buffer.from(`${CLIENT.client_id}:${secret}`).toString("base64")}`, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(body),
  });
}

async function signInAndExchange(email: string, params?: Record<string, string | undefined>, server = idp) {
  const login = await signIn(email, { params, server });
  const code = login.redirect?.searchParams.get("code");
  if (!code) throw new Error(`no code for ${email}: ${login.redirect ?? login.html.slice(0, 300)}`);
  const response = await token(
    { grant_type: "authorization_code", code, redirect_uri: REDIRECT_URI, code_verifier: login.verifier },
    CLIENT.client_secret,
    server,
  );
  expect(response.status).toBe(200);
  const tokens = (await response.json()) as { id_token: string; access_token: string };
  return { login, code, tokens, idToken: decodeJwt(tokens.id_token) };
}

describe("discovery and keys", () => {
  it("serves a custom authorization server at {issuer}/.well-known/openid-configuration with Okta's paths", async () => {
    expect(idp.issuer).toBe(`http://localhost:${idp.port}/oauth2/default`);
    const response = await fetch(`${idp.issuer}/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    const metadata = await response.json();
    expect(metadata).toMatchObject({
      issuer: idp.issuer,
      authorization_endpoint: `${idp.issuer}/v1/authorize`,
      token_endpoint: `${idp.issuer}/v1/token`,
      userinfo_endpoint: `${idp.issuer}/v1/userinfo`,
      jwks_uri: `${idp.issuer}/v1/keys`,
      end_session_endpoint: `${idp.issuer}/v1/logout`,
      introspection_endpoint: `${idp.issuer}/v1/introspect`,
      revocation_endpoint: `${idp.issuer}/v1/revoke`,
      code_challenge_methods_supported: ["S256"],
      id_token_signing_alg_values_supported: ["RS256"],
    });
    expect(metadata.scopes_supported).toEqual(expect.arrayContaining(["openid", "profile", "email", "groups"]));
  });

  it("serves the org authorization server shape: issuer without a path, endpoints under /oauth2/v1", async () => {
    expect(org.issuer).toBe(`http://127.0.0.1:${org.port}`);
    const metadata = await (await fetch(`${org.issuer}/.well-known/openid-configuration`)).json();
    expect(metadata.issuer).toBe(org.issuer);
    expect(metadata.authorization_endpoint).toBe(`${org.issuer}/oauth2/v1/authorize`);
    expect(metadata.token_endpoint).toBe(`${org.issuer}/oauth2/v1/token`);
    expect(metadata.jwks_uri).toBe(`${org.issuer}/oauth2/v1/keys`);
    expect(metadata.end_session_endpoint).toBe(`${org.issuer}/oauth2/v1/logout`);
    expect(metadata.code_challenge_methods_supported).toEqual(["S256"]);
  });

  it("answers on 127.0.0.1 and ::1, so localhost works whichever it resolves to", async () => {
    for (const host of ["127.0.0.1", "[::1]", "localhost"]) {
      expect((await fetch(`http://${host}:${idp.port}/oauth2/default/.well-known/openid-configuration`)).status).toBe(200);
    }
  });

  it("publishes an RSA signing key with a kid", async () => {
    const { keys } = (await (await fetch(`${idp.issuer}/v1/keys`)).json()) as { keys: Record<string, string>[] };
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kty: "RSA", use: "sig", alg: "RS256", kid: expect.stringMatching(/.{8,}/) });
    expect(keys[0]).not.toHaveProperty("d");
  });

  it("answers an unknown authorization server with Okta's 404 E0000007", async () => {
    for (const url of [`${idp.baseUrl}/oauth2/nope/.well-known/openid-configuration`, `${org.baseUrl}/oauth2/default/.well-known/openid-configuration`]) {
      const response = await fetch(url);
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ errorCode: "E0000007", errorSummary: expect.stringContaining("(AuthorizationServer)") });
    }
  });
});

describe("authorization code flow with PKCE", () => {
  it("signs a user in and issues a thin RS256 ID token, the rest (groups included) at userinfo", async () => {
    const { login, tokens, idToken } = await signInAndExchange("admin@example.com");
    expect(login.redirect?.origin + login.redirect!.pathname).toBe(REDIRECT_URI);
    expect(login.redirect?.searchParams.get("state")).toBe(login.state);

    const { keys } = (await (await fetch(`${idp.issuer}/v1/keys`)).json()) as { keys: { kid: string }[] };
    expect(idToken.header).toMatchObject({ alg: "RS256", kid: keys[0].kid });
    const now = Math.floor(Date.now() / 1000);
    // Okta's thin ID token: base claims, email for the email scope, name and login for profile.
    expect(Object.keys(idToken.payload).sort()).toEqual([
      "amr",
      "at_hash",
      "aud",
      "auth_time",
      "email",
      "exp",
      "iat",
      "idp",
      "iss",
      "jti",
      "name",
      "nonce",
      "preferred_username",
      "sub",
      "ver",
    ]);
    expect(idToken.payload).toMatchObject({
      iss: idp.issuer,
      aud: CLIENT.client_id,
      sub: expect.stringMatching(/^00u[A-Za-z0-9]{17}$/),
      email: "admin@example.com",
      name: "Ada Admin",
      preferred_username: "admin@example.com",
      amr: ["pwd"],
      idp: expect.stringMatching(/^00o[A-Za-z0-9]{17}$/),
      ver: 1,
      jti: expect.stringMatching(/^ID\./),
      nonce: login.nonce,
    });
    expect(idToken.payload.auth_time).toBeGreaterThan(now - 60);
    // at_hash is the left half of the access token's SHA-256 (OIDC Core §3.1.3.6).
    expect(idToken.payload.at_hash).toBe(createHash("sha256").update(tokens.access_token).digest().subarray(0, 16).toString("base64url"));

    const userinfo = await (await fetch(`${idp.issuer}/v1/userinfo`, { headers: { authorization: `Bearer ${tokens.access_token}` } })).json();
    expect(userinfo).toMatchObject({
      sub: idToken.payload.sub,
      email: "admin@example.com",
      email_verified: true,
      groups: ["MCP Gateway Admins", "MCP Gateway Users"],
    });
    expect(userinfo).not.toHaveProperty("jti");
  });

  it("issues fat ID tokens with every scope claim when fatIdToken is on", async () => {
    idp.behaviour.fatIdToken = true;
    try {
      const { idToken } = await signInAndExchange("user@example.com");
      expect(idToken.payload).toMatchObject({ email: "user@example.com", email_verified: true, groups: ["MCP Gateway Users"], given_name: "Uma" });
    } finally {
      idp.behaviour.fatIdToken = false;
    }
  });

  it("leaves groups out when the groups scope was not asked for", async () => {
    const { tokens } = await signInAndExchange("user@example.com", { scope: "openid profile email" });
    const userinfo = await (await fetch(`${idp.issuer}/v1/userinfo`, { headers: { authorization: `Bearer ${tokens.access_token}` } })).json();
    expect(userinfo.email).toBe("user@example.com");
    expect(userinfo).not.toHaveProperty("groups");
  });

  it("reports MFA in amr for the MFA user", async () => {
    const { idToken } = await signInAndExchange("mfa@example.com");
    expect(idToken.payload.amr).toEqual(["pwd", "mfa", "otp"]);
  });

  it("reports email_verified false for users a directory masters", async () => {
    for (const email of ["unverified@example.com", "ldap@example.com"]) {
      const { tokens } = await signInAndExchange(email);
      const userinfo = await (await fetch(`${idp.issuer}/v1/userinfo`, { headers: { authorization: `Bearer ${tokens.access_token}` } })).json();
      expect(userinfo).toMatchObject({ email, email_verified: false });
    }
  });

  it("redeems a code once only", async () => {
    const { code, login } = await signInAndExchange("user@example.com");
    const again = await token({ grant_type: "authorization_code", code, redirect_uri: REDIRECT_URI, code_verifier: login.verifier });
    expect(again.status).toBe(400);
    expect(await again.json()).toEqual({ error: "invalid_grant", error_description: "The authorization code is invalid or has expired." });
  });

  it("refuses an authorization request without code_challenge, or with the plain method, in Okta's words", async () => {
    const { redirect } = await signIn("user@example.com", { params: { code_challenge: undefined, code_challenge_method: undefined } });
    expect(redirect?.searchParams.get("error")).toBe("invalid_request");
    expect(redirect?.searchParams.get("error_description")).toBe("PKCE code challenge is required by the application.");
    expect(redirect?.searchParams.has("code")).toBe(false);
    const plain = await signIn("user@example.com", { params: { code_challenge_method: "plain" } });
    expect(plain.redirect?.searchParams.get("error")).toBe("invalid_request");
    expect(plain.redirect?.searchParams.get("error_description")).toBe("PKCE code challenge method is not supported. Valid values: [S256]");
  });

  it("refuses a code exchanged without its PKCE verifier, as Okta does", async () => {
    const login = await signIn("user@example.com");
    const response = await token({ grant_type: "authorization_code", code: login.redirect!.searchParams.get("code")!, redirect_uri: REDIRECT_URI });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "invalid_request", error_description: "PKCE code verifier is required by the application." });
  });

  it("answers prompt=none without an Okta session with login_required and Okta's text", async () => {
    const { redirect } = await signIn("user@example.com", { params: { prompt: "none" } });
    expect(redirect?.searchParams.get("error")).toBe("login_required");
    expect(redirect?.searchParams.get("error_description")).toBe("The client specified not to prompt, but the user is not logged in.");
  });

  it("refuses a scope the authorization server doesn't have (node-oidc-provider would ignore it), and accepts Okta's standard ones", async () => {
    for (const [server, description] of [
      [org, "The requested scope is invalid, unknown, malformed, or exceeds the scope granted by the resource owner."],
      [idp, "One or more scopes are not configured for the authorization server resource."],
    ] as const) {
      const authorization = authorizeUrl({ scope: "openid profile email groupz" }, server);
      const response = await fetch(authorization.url, { redirect: "manual" });
      const location = new URL(response.headers.get("location")!);
      expect(location.origin + location.pathname).toBe(REDIRECT_URI);
      expect(location.searchParams.get("error")).toBe("invalid_scope");
      expect(location.searchParams.get("error_description")).toBe(description);
      expect(location.searchParams.get("state")).toBe(authorization.state);
    }
    await signInAndExchange("user@example.com", { scope: "openid profile email address phone groups" }, org);
  });

  it("refuses a PKCE verifier that does not match", async () => {
    const login = await signIn("user@example.com");
    const response = await token({
      grant_type: "authorization_code",
      code: login.redirect!.searchParams.get("code")!,
      redirect_uri: REDIRECT_URI,
      code_verifier: base64url(randomBytes(32)),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "invalid_grant", error_description: "PKCE verification failed." });
  });
});

describe("sign-in page and Okta's refusals", () => {
  it("re-renders the form with 'Unable to sign in' after a wrong password", async () => {
    const result = await signIn("admin@example.com", { password: "Okta-demo-2" });
    expect(result.status).toBe(401);
    expect(result.redirect).toBeUndefined();
    expect(result.html).toContain("Unable to sign in");
    expect(result.html).toContain('id="okta-signin-form"');
    expect(result.html).toContain('value="admin@example.com"');
  });

  it("escapes what was typed when it shows the form again", async () => {
    const result = await signIn('"><b>admin@example.com', { password: "wrong" });
    expect(result.html).toContain("&#34;&#62;&#60;b&#62;admin@example.com");
    expect(result.html).not.toContain("<b>admin");
  });

  it("shows Okta's widget ids, the demo users and the shared password", async () => {
    const page = await follow(new CookieJar(), authorizeUrl().url.href);
    const html = await page.response.text();
    for (const id of ["okta-signin-username", "okta-signin-password", "okta-signin-submit"]) expect(html).toContain(`id="${id}"`);
    expect(html).toContain("Okta (development IdP)");
    expect(html).toContain("unassigned@example.com");
    expect(html).toContain(PASSWORD);
  });

  it("sends an unassigned user back to the app with access_denied, Okta's description and the state", async () => {
    const { redirect, state } = await signIn("unassigned@example.com");
    expect(redirect?.origin + redirect!.pathname).toBe(REDIRECT_URI);
    expect(redirect?.searchParams.get("error")).toBe("access_denied");
    expect(redirect?.searchParams.get("error_description")).toBe("User is not assigned to the client application.");
    expect(redirect?.searchParams.get("state")).toBe(state);
    expect(redirect?.searchParams.has("code")).toBe(false);
  });

  it("fails the token request (not the authorization) with Okta's 400 server_error when the groups claim matches too many groups", async () => {
    idp.behaviour.tooManyGroups = true;
    try {
      const login = await signIn("admin@example.com");
      const code = login.redirect?.searchParams.get("code");
      expect(code).toBeTruthy();
      const response = await token({ grant_type: "authorization_code", code: code!, redirect_uri: REDIRECT_URI, code_verifier: login.verifier });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        error: "server_error",
        error_description: "The groups claim matched too many groups and must be configured to match fewer groups.",
      });
    } finally {
      idp.behaviour.tooManyGroups = false;
    }
  });

  it("fails the token request for a user in more than 100 groups, and not for 100", async () => {
    const many = (count: number) => Array.from({ length: count }, (_, i) => `Group ${i + 1}`);
    try {
      idp.behaviour.groups["user@example.com"] = many(100);
      await signInAndExchange("user@example.com");
      idp.behaviour.groups["user@example.com"] = many(101);
      const login = await signIn("user@example.com");
      const response = await token({
        grant_type: "authorization_code",
        code: login.redirect!.searchParams.get("code")!,
        redirect_uri: REDIRECT_URI,
        code_verifier: login.verifier,
      });
      expect(response.status).toBe(400);
      expect((await response.json()).error).toBe("server_error");
    } finally {
      delete idp.behaviour.groups["user@example.com"];
    }
  });

  it("answers a wrong client secret with 401 invalid_client and Okta's text", async () => {
    const login = await signIn("user@example.com");
    const response = await token(
      { grant_type: "authorization_code", code: login.redirect!.searchParams.get("code")!, redirect_uri: REDIRECT_URI, code_verifier: login.verifier },
      "wrong-secret",
    );
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: "invalid_client", error_description: "The client secret supplied for a confidential client is invalid." });
  });

  it("answers a token request without client credentials, or with a malformed Basic header, with Okta's 401 invalid_client", async () => {
    const body = new URLSearchParams({ grant_type: "authorization_code", code: "made-up", redirect_uri: REDIRECT_URI });
    const headers = { "content-type": "application/x-www-form-urlencoded" };
    const none = await fetch(endpoint(idp, "token"), { method: "POST", headers, body });
    expect(none.status).toBe(401);
    expect(await none.json()).toEqual({ error: "invalid_client", error_description: "No client credentials found." });
    const malformed = await fetch(endpoint(idp, "token"), { method: "POST", headers: { ...headers, authorization: "Basic not-base64!" }, body });
    expect(malformed.status).toBe(401);
    expect(await malformed.json()).toEqual({ error: "invalid_client", error_description: "Found Authentication header but was not valid client credentials." });
  });

  it("answers userinfo with an unknown access token with 401 and Okta's WWW-Authenticate", async () => {
    const response = await fetch(endpoint(org, "userinfo"), { headers: { authorization: "Bearer not-a-token" } });
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toBe('Bearer error="invalid_token", error_description="The access token is invalid"');
  });

  it("shows an error page at the IdP, without redirecting, for an unregistered redirect_uri", async () => {
    const response = await fetch(authorizeUrl({ redirect_uri: "https://evil.example/callback" }).url, { redirect: "manual" });
    expect(response.status).toBe(400);
    expect(response.headers.get("location")).toBeNull();
    expect(response.headers.get("content-type")).toMatch(/text\/html/);
    expect(await response.text()).toContain("The &#39;redirect_uri&#39; parameter must be a Login redirect URI in the client app settings");
  });

  it("delays every response when asked to", async () => {
    idp.behaviour.delayMs = 300;
    try {
      const started = Date.now();
      expect((await fetch(`${idp.issuer}/v1/keys`)).status).toBe(200);
      expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    } finally {
      idp.behaviour.delayMs = 0;
    }
  });
});

describe("RP-initiated logout", () => {
  it("ends the IdP session and redirects to the registered post_logout_redirect_uri with the state", async () => {
    const jar = new CookieJar();
    const login = await signIn("user@example.com", { jar });
    const code = login.redirect!.searchParams.get("code")!;
    const tokens = (await (await token({ grant_type: "authorization_code", code, redirect_uri: REDIRECT_URI, code_verifier: login.verifier })).json()) as {
      id_token: string;
    };

    // While the IdP session lasts, authorize answers with a code straight away.
    const silent = await signIn("user@example.com", { jar });
    expect(silent.redirect?.searchParams.has("code")).toBe(true);

    const logoutUrl = new URL(`${idp.issuer}/v1/logout`);
    logoutUrl.search = new URLSearchParams({
      id_token_hint: tokens.id_token,
      post_logout_redirect_uri: CLIENT.post_logout_redirect_uris[0],
      state: "bye-123",
    }).toString();
    const page = await follow(jar, logoutUrl.href);
    expect(page.response.status).toBe(200);
    const form = formOf(await page.response.text(), "okta-logout-form");
    const done = await postForm(jar, form.action, form.inputs);
    expect(done.location?.href).toBe(`${CLIENT.post_logout_redirect_uris[0]}?state=bye-123`);

    const again = await follow(jar, authorizeUrl().url.href);
    expect(again.location).toBeUndefined();
    expect(await again.response.text()).toContain('id="okta-signin-form"');
  });

  it("requires id_token_hint, as Okta does", async () => {
    const logoutUrl = new URL(`${idp.issuer}/v1/logout`);
    logoutUrl.search = new URLSearchParams({ post_logout_redirect_uri: CLIENT.post_logout_redirect_uris[0] }).toString();
    const response = await fetch(logoutUrl, { redirect: "manual" });
    expect(response.status).toBe(400);
    expect(response.headers.get("location")).toBeNull();
    expect(await response.text()).toContain("id_token_hint");
  });

  it("answers Okta's 400 page when the app's Sign-out redirect URIs don't list the portal's", async () => {
    const { tokens } = await signInAndExchange("user@example.com");
    idp.behaviour.logoutRedirectRegistered = false;
    try {
      const logoutUrl = new URL(`${idp.issuer}/v1/logout`);
      logoutUrl.search = new URLSearchParams({ id_token_hint: tokens.id_token, post_logout_redirect_uri: CLIENT.post_logout_redirect_uris[0] }).toString();
      const response = await fetch(logoutUrl, { redirect: "manual" });
      expect(response.status).toBe(400);
      expect(await response.text()).toContain("The &#39;post_logout_redirect_uri&#39; parameter must be a Logout redirect URI in the client app settings.");
    } finally {
      idp.behaviour.logoutRedirectRegistered = true;
    }
  });

  it("refuses an unregistered post_logout_redirect_uri with Okta's text", async () => {
    const { tokens } = await signInAndExchange("user@example.com");
    const logoutUrl = new URL(`${idp.issuer}/v1/logout`);
    logoutUrl.search = new URLSearchParams({ id_token_hint: tokens.id_token, post_logout_redirect_uri: "https://evil.example/" }).toString();
    const response = await fetch(logoutUrl, { redirect: "manual", headers: { accept: "text/html" } });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("must be a Logout redirect URI in the client app settings");
  });
});

describe("a fresh Okta org (the default)", () => {
  it("serves the org server with thin ID tokens and no groups claim, even for the groups scope", async () => {
    const { tokens, idToken } = await signInAndExchange("admin@example.com", undefined, org);
    expect(idToken.payload.iss).toBe(org.issuer);
    expect(idToken.payload).not.toHaveProperty("groups");
    expect(idToken.payload).not.toHaveProperty("email_verified");
    expect(idToken.payload.email).toBe("admin@example.com");
    const userinfo = await (await fetch(endpoint(org, "userinfo"), { headers: { authorization: `Bearer ${tokens.access_token}` } })).json();
    expect(userinfo).toMatchObject({ email: "admin@example.com", email_verified: true });
    expect(userinfo).not.toHaveProperty("groups");
  });

  it("adds groups at userinfo once the app has a groups claim filter", async () => {
    org.behaviour.groupsClaim = true;
    try {
      const { tokens, idToken } = await signInAndExchange("admin@example.com", undefined, org);
      expect(idToken.payload).not.toHaveProperty("groups");
      const userinfo = await (await fetch(endpoint(org, "userinfo"), { headers: { authorization: `Bearer ${tokens.access_token}` } })).json();
      expect(userinfo.groups).toEqual(["MCP Gateway Admins", "MCP Gateway Users"]);
    } finally {
      org.behaviour.groupsClaim = false;
    }
  });
});

describe("a custom authorization server as an admin may have left it", () => {
  it("has no groups scope until a groups claim is configured: invalid_scope back at the app, and none in discovery", async () => {
    idp.behaviour.groupsClaim = false;
    try {
      const metadata = await (await fetch(`${idp.issuer}/.well-known/openid-configuration`)).json();
      expect(metadata.scopes_supported).not.toContain("groups");
      const authorization = authorizeUrl();
      const response = await fetch(authorization.url, { redirect: "manual" });
      expect(response.status).toBe(302);
      const location = new URL(response.headers.get("location")!);
      expect(location.origin + location.pathname).toBe(REDIRECT_URI);
      expect(location.searchParams.get("error")).toBe("invalid_scope");
      expect(location.searchParams.get("error_description")).toBe("One or more scopes are not configured for the authorization server resource.");
      expect(location.searchParams.get("state")).toBe(authorization.state);
      // Without groups the same request signs in.
      await signInAndExchange("user@example.com", { scope: "openid profile email" });
    } finally {
      idp.behaviour.groupsClaim = true;
    }
  });

  it("answers 404 for /oauth2/default when the org has no API Access Management", async () => {
    idp.behaviour.apiAccessManagement = false;
    try {
      const response = await fetch(`${idp.issuer}/.well-known/openid-configuration`);
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ errorCode: "E0000007", errorSummary: "Not found: Resource not found: default (AuthorizationServer)" });
      expect((await fetch(authorizeUrl().url, { redirect: "manual" })).status).toBe(404);
    } finally {
      idp.behaviour.apiAccessManagement = true;
    }
  });

  it("refuses with access_denied 'Policy evaluation failed…' when no access policy covers the app", async () => {
    idp.behaviour.accessPolicy = false;
    try {
      const { redirect, state } = await signIn("user@example.com");
      expect(redirect?.searchParams.get("error")).toBe("access_denied");
      expect(redirect?.searchParams.get("error_description")).toBe("Policy evaluation failed for this request, please check the policy configurations.");
      expect(redirect?.searchParams.get("state")).toBe(state);
    } finally {
      idp.behaviour.accessPolicy = true;
    }
  });
});

describe("Okta management API subset", () => {
  const api = (path: string, token = API_TOKEN) => fetch(`${idp.baseUrl}/api/v1${path}`, { headers: { authorization: `SSWS ${token}` } });

  it("requires the SSWS API token", async () => {
    for (const response of [await fetch(`${idp.baseUrl}/api/v1/users`), await api("/users", "wrong")]) {
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ errorCode: "E0000011", errorSummary: "Invalid token provided" });
    }
  });

  it("returns a user by login or id, with status and profile", async () => {
    const byLogin = await (await api("/users/admin@example.com")).json();
    expect(byLogin).toMatchObject({
      id: expect.stringMatching(/^00u/),
      status: "ACTIVE",
      profile: { login: "admin@example.com", email: "admin@example.com", firstName: "Ada", lastName: "Admin" },
    });
    expect(await (await api(`/users/${byLogin.id}`)).json()).toEqual(byLogin);
  });

  it("lists a user's groups as Okta group objects", async () => {
    const groups = (await (await api("/users/admin@example.com/groups")).json()) as { id: string; profile: { name: string } }[];
    expect(groups.map((group) => group.profile.name).sort()).toEqual(["MCP Gateway Admins", "MCP Gateway Users"]);
    for (const group of groups) expect(group.id).toMatch(/^00g[A-Za-z0-9]{17}$/);
  });

  it("reports suspended and deprovisioned users' status, and 404s an unknown or deleted user", async () => {
    expect((await (await api("/users/former@example.com")).json()).status).toBe("DEPROVISIONED");
    expect((await (await api("/users/suspended@example.com")).json()).status).toBe("SUSPENDED");
    const missing = await api("/users/nobody@example.com");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ errorCode: "E0000007" });
    idp.behaviour.status["user@example.com"] = "DELETED";
    try {
      expect((await api("/users/user@example.com")).status).toBe(404);
      expect((await api("/users/user@example.com/groups")).status).toBe(404);
    } finally {
      delete idp.behaviour.status["user@example.com"];
    }
  });

  it("pages the user list with limit and a Link rel=next cursor, leaving deprovisioned users out as Okta does", async () => {
    const first = await api("/users?limit=4");
    const page1 = (await first.json()) as { id: string }[];
    expect(page1).toHaveLength(4);
    const next = /<([^>]+)>; rel="next"/.exec(first.headers.get("link") ?? "")?.[1];
    expect(next).toBeTruthy();
    const page2 = (await (await fetch(next!, { headers: { authorization: `SSWS ${API_TOKEN}` } })).json()) as { id: string; status: string }[];
    expect(page2).toHaveLength(4);
    const all = [...page1, ...page2] as { id: string; status: string }[];
    expect(new Set(all.map((user) => user.id)).size).toBe(8);
    expect(all.map((user) => user.status)).not.toContain("DEPROVISIONED");
    const deprovisioned = (await (await api(`/users?filter=${encodeURIComponent('status eq "DEPROVISIONED"')}`)).json()) as { profile: { login: string } }[];
    expect(deprovisioned.map((user) => user.profile.login)).toEqual(["former@example.com"]);
  });

  it("pages a user's groups, at most 200 (or apiPageLimit) per page whatever limit asks", async () => {
    idp.behaviour.groups["user@example.com"] = ["A", "B", "C"];
    idp.behaviour.apiPageLimit = 2;
    try {
      const first = await api("/users/user@example.com/groups?limit=500");
      expect(((await first.json()) as unknown[]).length).toBe(2);
      const next = /<([^>]+)>; rel="next"/.exec(first.headers.get("link") ?? "")?.[1];
      const rest = await fetch(next!, { headers: { authorization: `SSWS ${API_TOKEN}` } });
      expect(((await rest.json()) as { profile: { name: string } }[]).map((group) => group.profile.name)).toEqual(["C"]);
      expect(rest.headers.get("link")).not.toContain('rel="next"');
    } finally {
      delete idp.behaviour.groups["user@example.com"];
      idp.behaviour.apiPageLimit = 200;
    }
  });

  it("sends X-Rate-Limit headers on every answer and 429 when over the limit until the reset", async () => {
    const response = await api("/users/admin@example.com");
    expect(Number(response.headers.get("x-rate-limit-limit"))).toBe(600);
    expect(Number(response.headers.get("x-rate-limit-remaining"))).toBeLessThan(600);
    expect(Number(response.headers.get("x-rate-limit-reset"))).toBeGreaterThan(Date.now() / 1000);

    idp.behaviour.apiThrottle = { after: 1, count: 2, resetSeconds: 5 };
    try {
      expect((await api("/users/admin@example.com")).status).toBe(200);
      for (let i = 0; i < 2; i++) {
        const throttled = await api("/users/admin@example.com");
        expect(throttled.status).toBe(429);
        expect(throttled.headers.get("x-rate-limit-remaining")).toBe("0");
        expect(Number(throttled.headers.get("x-rate-limit-reset"))).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000) + 3);
        expect(await throttled.json()).toMatchObject({ errorCode: "E0000047" });
      }
      expect((await api("/users/admin@example.com")).status).toBe(200);
    } finally {
      idp.behaviour.apiThrottle = null;
    }
  });
});
