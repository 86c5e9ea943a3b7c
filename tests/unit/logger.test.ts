import { spawnSync } from "node:child_process";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { parseConfig } from "@/lib/config/parse-config";
import { createLogger } from "@/lib/log/create-logger";
import { mapLogLevel } from "@/lib/log/map-log-level";
import { runWithRequestContext } from "@/lib/request/request-context";

function capture(level = "debug") {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });
  return { logger: createLogger({ level, destination }), lines, records: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

// Each secret the portal handles, under the field name a caller would use.
const SECRETS: Record<string, string> = {
  password: "hunter2-password-value",
  newPassword: "new-password-value-42",
  client_secret: "okta-client-secret-value",
  clientSecret: "okta-client-secret-value-2",
  secret: "nextauth-secret-value-0123456789abcdef",
  token: "mcp_api_token_value_0123456789",
  access_token: "eyJhbGciOiJSUzI1NiJ9.access.signature",
  refresh_token: "refresh-token-value",
  id_token: "eyJhbGciOiJSUzI1NiJ9.idtoken.signaturepart",
  sessionToken: "session-token-cookie-value",
  apiToken: "okta-ssws-api-token-value",
  authorization: "Bearer authorization-header-value",
  Authorization: "Bearer authorization-header-value-2",
  cookie: "next-auth.session-token=cookie-value-123",
  "set-cookie": "next-auth.session-token=set-cookie-value-456; Path=/",
  code_verifier: "pkce-code-verifier-value",
  DATABASE_URL: "postgresql://portal:db-password-value@db.internal:5432/portal",
  METRICS_TOKEN: "metrics-token-value-0123456789",
};
const secretValues = Object.values(SECRETS).flatMap((value) => [value, ...value.split(/[\s=;]/).filter((part) => part.length >= 12)]);

describe("the pino logger", () => {
  it("writes one JSON object per line with level, time and the event as msg", () => {
    const { logger, records } = capture();
    logger.info({ route: "/scim/v2/Users", status: 200 }, "http.request");
    expect(records()).toEqual([{ level: "info", time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), msg: "http.request", route: "/scim/v2/Users", status: 200 }]);
  });

  it.each([
    ["top level", (secrets: Record<string, string>) => secrets],
    ["nested one level", (secrets: Record<string, string>) => ({ request: secrets })],
    ["nested three levels", (secrets: Record<string, string>) => ({ a: { b: { c: secrets } } })],
    ["nested five levels, in a list", (secrets: Record<string, string>) => ({ a: [{ b: { c: { d: secrets } } }] })],
  ])("removes every secret at %s", (_where, shape) => {
    const { logger, lines } = capture();
    logger.info(shape(SECRETS), "secrets");
    expect(lines).toHaveLength(1);
    for (const value of secretValues) expect(lines[0]).not.toContain(value);
    expect(lines[0]).toContain("[Redacted]");
  });

  it("masks credentials inside values: URLs with a password and Bearer/SSWS tokens in messages", () => {
    const { logger, lines } = capture();
    logger.error(
      {
        message: `could not connect to postgresql://portal:p@ss-w0rd-value@db.internal:5432/portal`,
        detail: { reason: "sent Authorization: Bearer eyJleaked.token.value and SSWS 00okta-leaked-api-token" },
        list: ["https://user:list-password-value@proxy.internal:3128"],
        error: new Error("fetch https://u:error-password-value@idp.example.com failed"),
      },
      "db.error",
    );
    for (const leaked of [
      "p@ss-w0rd-value",
      "ss-w0rd-value",
      "eyJleaked.token.value",
      "00okta-leaked-api-token",
      "list-password-value",
      "error-password-value",
    ])
      expect(lines[0]).not.toContain(leaked);
    expect(lines[0]).toContain("postgresql://portal:[Redacted]@db.internal:5432/portal");
  });

  it("adds the request id, client address and user id of the current request", () => {
    const { logger, records } = capture();
    runWithRequestContext({ ip: "203.0.113.7", userAgent: "ua", requestId: "req-123", userId: "user-1" }, () => logger.info({ type: "sso.login" }, "audit"));
    logger.info({}, "outside");
    expect(records()[0]).toMatchObject({ msg: "audit", requestId: "req-123", ip: "203.0.113.7", userId: "user-1", type: "sso.login" });
    expect(records()[1]).not.toHaveProperty("requestId");
  });

  it.each([
    ["DEBUG", "debug"],
    ["INFO", "info"],
    ["warn", "warn"],
    ["WARNING", "warn"],
    ["ERROR", "error"],
    ["CRITICAL", "fatal"],
    [undefined, "info"],
  ])("maps the configured LOG_LEVEL=%s to pino's %s", (value, level) => {
    expect(mapLogLevel(parseConfig({ SSO_ENABLED: "false", LOG_LEVEL: value }).logLevel)).toBe(level);
  });

  it("drops lines below the configured level", () => {
    const { logger, records } = capture(mapLogLevel("WARNING"));
    logger.info({}, "quiet");
    logger.warn({}, "loud");
    expect(records().map((record) => record.msg)).toEqual(["loud"]);
  });
});

// The process-wide `log` in a process of its own: its level is read through getConfig() at the first line.
function logInProcess(env: Record<string, string>) {
  const code = 'import { log } from "@/lib/log/logger"; log.info("quiet"); log.warn("loud");';
  return spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--eval", code], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "production", SSO_ENABLED: "false", ...env },
    encoding: "utf8",
    timeout: 30_000,
  });
}

describe("the process logger", () => {
  it("takes its level from the configuration", () => {
    const run = logInProcess({ LOG_LEVEL: "WARNING" });
    expect(run.status).toBe(0);
    expect(
      run.stdout
        .trim()
        .split("\n")
        .map((line) => (JSON.parse(line) as { msg: string }).msg),
    ).toEqual(["loud"]);
  });

  it("does not guess a level the configuration refuses: the first line reports the configuration error", () => {
    const run = logInProcess({ LOG_LEVEL: "LOUD" });
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("LOG_LEVEL must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL");
  });
});
