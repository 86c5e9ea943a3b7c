import { spawn } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { createServer } from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { portalClient } from "@/idp/portal-client";
import { startIdp, type RunningIdp } from "@/idp/server";
import { parseClientKey } from "@/lib/sso/parse-client-key";
import { freePort } from "../helpers/free-port";

const APP_URL = "http://127.0.0.1:8555";
let idp: RunningIdp;
beforeAll(async () => {
  idp = await startIdp({ port: 0, hostname: "127.0.0.1", clients: [portalClient(APP_URL, "doctor-client", "doctor-secret")] });
});
afterAll(() => idp?.close());

async function doctor(env: Record<string, string>) {
  // Asynchronous: a blocking spawn would stall this process, which also serves the IdP.
  const child = spawn(process.execPath, [path.join(process.cwd(), "node_modules/tsx/dist/cli.mjs"), "scripts/sso-doctor.ts"], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: "production",
      APP_URL,
      SSO_OKTA_CLIENT_ID: "doctor-client",
      SSO_OKTA_CLIENT_SECRET: "doctor-secret",
      SSO_OKTA_ISSUER: idp.issuer,
      SSO_OKTA_SCOPE: "openid profile email groups",
      ...env,
    } as NodeJS.ProcessEnv,
  });
  let stdout = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  const status = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  return { status, stdout };
}

const line = (stdout: string, name: string) => stdout.split("\n").find((l) => l.includes(` ${name} — `)) ?? "";

describe("npm run sso:doctor", () => {
  it("passes every check against the bundled IdP, and says the sign-out redirect URI must be registered", async () => {
    const { status, stdout } = await doctor({});
    expect(stdout).toContain("All checks passed.");
    for (const name of ["Discovery", "Issuer", "Clock", "Signing keys", "Scopes", "Authorize endpoint", "Client credentials", "Redirect URI"])
      expect(line(stdout, name)).toMatch(/^✓/);
    expect(line(stdout, "Sign-out redirect URI")).toMatch(
      /^! .*http:\/\/127\.0\.0\.1:8555\/admin\/login must be a Sign-out redirect URI of the Okta app.*Okta session remains/,
    );
    expect(status).toBe(0);
  });

  it("warns when groups is asked for but the custom authorization server doesn't list it, and names invalid_scope at authorize", async () => {
    const custom = await startIdp({ port: 0, hostname: "127.0.0.1", shape: "custom", clients: [portalClient(APP_URL, "doctor-client", "doctor-secret")] });
    try {
      const { status, stdout } = await doctor({ SSO_OKTA_ISSUER: custom.issuer });
      expect(line(stdout, "Scopes")).toMatch(/^! .*asks for groups, but the issuer's scopes_supported doesn't list it/);
      expect(stdout).toContain("add a groups scope (Security → API → Authorization Servers → Scopes)");
      expect(line(stdout, "Authorize endpoint")).toMatch(
        /^✗ .*error=invalid_scope \(“One or more scopes are not configured for the authorization server resource\.”\)/,
      );
      expect(status).toBe(1);
    } finally {
      await custom.close();
    }
  });

  it("treats a 200 sign-in page from /authorize (Okta Identity Engine) as a pass", async () => {
    // An issuer whose authorize endpoint renders its sign-in page instead of redirecting.
    const metadata = await (await fetch(`${idp.issuer}/.well-known/openid-configuration`)).json();
    const oie = createServer((req, res) => {
      if (req.url === "/.well-known/openid-configuration") {
        res.writeHead(200, { "content-type": "application/json" });
        return res.end(JSON.stringify({ ...metadata, authorization_endpoint: `http://127.0.0.1:${port}/oauth2/v1/authorize` }));
      }
      res.writeHead(200, { "content-type": "text/html" });
      res.end('<!DOCTYPE html><title>Sign In</title><form id="okta-sign-in"></form>');
    });
    await new Promise<void>((resolve) => oie.listen(0, "127.0.0.1", resolve));
    const port = (oie.address() as { port: number }).port;
    try {
      const { stdout } = await doctor({ SSO_OKTA_ISSUER: `http://127.0.0.1:${port}` });
      expect(line(stdout, "Authorize endpoint")).toMatch(/^✓ .*shows its sign-in page/);
    } finally {
      oie.close();
    }
  });

  it("names the client credentials when the secret is wrong", async () => {
    const { status, stdout } = await doctor({ SSO_OKTA_CLIENT_SECRET: "wrong-secret" });
    expect(status).toBe(1);
    expect(line(stdout, "Client credentials")).toMatch(/^✗ .*invalid_client/);
    expect(stdout).toContain("Check SSO_OKTA_CLIENT_ID and SSO_OKTA_CLIENT_SECRET");
    expect(line(stdout, "Discovery")).toMatch(/^✓/);
  });

  it("explains a discovery 404: no such authorization server; the org issuer or API Access Management", async () => {
    const { status, stdout } = await doctor({ SSO_OKTA_ISSUER: `${idp.baseUrl}/oauth2/default` });
    expect(status).toBe(1);
    expect(line(stdout, "Discovery")).toMatch(
      /^✗ .*HTTP 404 \(“Not found: Resource not found: default \(AuthorizationServer\)”\): this Okta org has no such authorization server/,
    );
    expect(stdout).toContain("Check SSO_OKTA_ISSUER: use the org server issuer https://yourcompany.okta.com, or enable API Access Management");
  });

  it("names the issuer when discovery answers as another issuer", async () => {
    const { status, stdout } = await doctor({ SSO_OKTA_ISSUER: idp.issuer.replace("127.0.0.1", "localhost") });
    expect(status).toBe(1);
    expect(line(stdout, "Issuer")).toMatch(/^✗ /);
    expect(stdout).toContain(`Set SSO_OKTA_ISSUER=${idp.issuer}`);
  });

  it("names the redirect URI when Okta doesn't know it", async () => {
    const { status, stdout } = await doctor({ APP_URL: "http://127.0.0.1:8556" });
    expect(status).toBe(1);
    expect(line(stdout, "Authorize endpoint")).toMatch(/^✗ .*http:\/\/127\.0\.0\.1:8556\/auth\/sso\/callback\/okta is not registered/);
  });

  it("requires https for a public portal", async () => {
    const { stdout } = await doctor({ APP_URL: "http://portal.example.com" });
    expect(line(stdout, "Redirect URI")).toMatch(/^✗ .*is not https/);
  });

  it("reports an unreachable issuer without a stack trace", async () => {
    const { status, stdout } = await doctor({ SSO_OKTA_ISSUER: `http://127.0.0.1:${await freePort()}/oauth2/default` });
    expect(status).toBe(1);
    expect(line(stdout, "Discovery")).toMatch(/^✗ .*ECONNREFUSED/);
    expect(stdout).not.toMatch(/\n\s+at /);
  });
});

describe("npm run sso:doctor with a client key (private_key_jwt)", () => {
  const newKey = () => generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "pem", type: "pkcs8" }) as string;
  const KEY = newKey();
  let keyIdp: RunningIdp;
  beforeAll(async () => {
    keyIdp = await startIdp({
      port: 0,
      hostname: "127.0.0.1",
      clients: [portalClient(APP_URL, "doctor-client", { method: "private_key_jwt", key: parseClientKey(KEY) })],
    });
  });
  afterAll(() => keyIdp?.close());
  const withKey = (key: string) => ({
    SSO_OKTA_ISSUER: keyIdp.issuer,
    SSO_OKTA_CLIENT_AUTH: "private_key_jwt",
    SSO_OKTA_PRIVATE_KEY: key,
    SSO_OKTA_CLIENT_SECRET: "",
  });

  it("prints the key's kid and public JWK, and passes when the IdP accepts the assertion", async () => {
    const { kid } = parseClientKey(KEY);
    const { status, stdout } = await doctor(withKey(KEY));
    expect(line(stdout, "Client key")).toContain(`✓ Client key — a private RS256 key, kid ${kid}; the Okta app's public key must be {`);
    expect(line(stdout, "Client key")).toContain(`"kid":"${kid}"`);
    expect(line(stdout, "Client key")).not.toContain('"d":');
    expect(line(stdout, "Client credentials")).toBe(`✓ Client credentials — the token endpoint accepted the client assertion signed with kid ${kid}`);
    expect(status).toBe(0);
  });

  it("fails with Okta's words and what to upload when the IdP holds another key", async () => {
    const other = newKey();
    const { status, stdout } = await doctor(withKey(other));
    expect(line(stdout, "Client credentials")).toBe(
      "✗ Client credentials — the token endpoint answered invalid_client: Client authentication failed. Either the client or the client credentials are invalid.",
    );
    expect(stdout).toContain(`add the public JWK with kid ${parseClientKey(other).kid} shown under Client key`);
    expect(status).toBe(1);
  });

  it("fails when the portal sends a secret to an app registered for keys", async () => {
    const { status, stdout } = await doctor({ SSO_OKTA_ISSUER: keyIdp.issuer });
    expect(line(stdout, "Client credentials")).toMatch(/^✗ .*invalid_client/);
    expect(stdout).toContain("or set SSO_OKTA_CLIENT_AUTH to the method the app uses");
    expect(status).toBe(1);
  });

  it("reports an unusable key as a configuration line, without echoing it", async () => {
    const { status, stdout } = await doctor(withKey("-----BEGIN PRIVATE KEY-----\\nMIIBroken\\n-----END PRIVATE KEY-----"));
    expect(stdout).toContain("✗ Configuration — SSO_OKTA_PRIVATE_KEY must be a PEM private key");
    expect(stdout).not.toContain("MIIBroken");
    expect(status).toBe(1);
  });
});
