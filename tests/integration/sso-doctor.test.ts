import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { portalClient } from "@/idp/portal-client";
import { startIdp, type RunningIdp } from "@/idp/server";
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
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "production", APP_URL, SSO_OKTA_CLIENT_ID: "doctor-client", SSO_OKTA_CLIENT_SECRET: "doctor-secret", SSO_OKTA_ISSUER: idp.issuer, SSO_OKTA_SCOPE: "openid profile email groups", ...env } as NodeJS.ProcessEnv,
  });
  let stdout = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  const status = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  return { status, stdout };
}

const line = (stdout: string, name: string) => stdout.split("\n").find((l) => l.includes(` ${name} — `)) ?? "";

describe("npm run sso:doctor", () => {
  it("passes every check against the bundled IdP", async () => {
    const { status, stdout } = await doctor({});
    expect(stdout).toContain("All checks passed.");
    for (const name of ["Discovery", "Issuer", "Clock", "Signing keys", "Scopes", "Authorize endpoint", "Client credentials", "Redirect URI"]) expect(line(stdout, name)).toMatch(/^✓/);
    expect(status).toBe(0);
  });

  it("names the client credentials when the secret is wrong", async () => {
    const { status, stdout } = await doctor({ SSO_OKTA_CLIENT_SECRET: "wrong-secret" });
    expect(status).toBe(1);
    expect(line(stdout, "Client credentials")).toMatch(/^✗ .*invalid_client/);
    expect(stdout).toContain("Check SSO_OKTA_CLIENT_ID and SSO_OKTA_CLIENT_SECRET");
    expect(line(stdout, "Discovery")).toMatch(/^✓/);
  });

  it("names discovery when the issuer is wrong", async () => {
    const { status, stdout } = await doctor({ SSO_OKTA_ISSUER: `${idp.baseUrl}/oauth2/nope` });
    expect(status).toBe(1);
    expect(line(stdout, "Discovery")).toMatch(/^✗ .*HTTP 404/);
    expect(stdout).toContain("Check SSO_OKTA_ISSUER");
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

