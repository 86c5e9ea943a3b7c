import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken } from "@/lib/tokens/hash-token";
import { freePort } from "../helpers/free-port";
import { portalDb, prismaTime } from "../helpers/portal-db";
import { ssoLogin } from "../helpers/sso-login";
import { startPortal, type RunningPortal } from "../helpers/start-portal";
import { startStack, type Stack } from "../helpers/start-stack";

const METRICS_TOKEN = "metrics-test-token-0123456789";

type Samples = Map<string, number>;

/**
 * A strict reader of the Prometheus text format (0.0.4): every line is a # HELP/# TYPE comment or
 * `name{label="value",…} number`. Returns the samples keyed by name and sorted labels.
 */
function parsePrometheus(text: string): Samples {
  const samples: Samples = new Map();
  const typed = new Set<string>();
  for (const line of text.split("\n")) {
    if (line === "") continue;
    const comment = line.match(/^# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) (.*)$/);
    if (comment) {
      if (comment[1] === "TYPE") {
        expect(["counter", "gauge", "histogram", "summary", "untyped"]).toContain(comment[3]);
        typed.add(comment[2]);
      }
      continue;
    }
    const sample = line.match(/^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{((?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*",?)*)\})? (\S+)$/);
    expect(sample, `not a Prometheus sample line: ${line}`).not.toBeNull();
    const [, name, labels = "", value] = sample!;
    // Go's ParseFloat, which Prometheus uses: NaN and Inf in any case (prom-client writes "Nan" for an empty event-loop histogram).
    const number = Number(value.replace(/^([+-]?)inf$/i, "$1Infinity"));
    expect(Number.isNaN(number) && !/^nan$/i.test(value), `not a number: ${line}`).toBe(false);
    const pairs = [...labels.matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)].map(([, key, raw]) => `${key}=${raw}`).sort();
    samples.set(`${name}{${pairs.join(",")}}`, number);
  }
  expect(typed.size).toBeGreaterThan(0);
  return samples;
}

const value = (samples: Samples, key: string) => samples.get(key) ?? 0;

describe("GET /metrics and JSON logs, with METRICS_TOKEN set", () => {
  let stack: Stack;
  let db: ReturnType<typeof portalDb>;
  let scimSecret: string;

  const scrape = async (auth: string | null = `Bearer ${METRICS_TOKEN}`) =>
    fetch(`${stack.portal.url}/metrics`, { headers: auth ? { authorization: auth } : {} });
  const samples = async () => {
    const response = await scrape();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/plain");
    return parsePrometheus(await response.text());
  };

  beforeAll(async () => {
    stack = await startStack({ env: { METRICS_TOKEN, SSO_TRUSTED_DOMAINS: '["example.com"]', RATE_LIMIT_LOGIN_PER_MINUTE: "2" } });
    db = portalDb(stack.portal.databaseUrl);
    scimSecret = `mcpscim_test-metrics-${randomUUID()}`;
    await db.run(
      `INSERT INTO "ApiToken" (id, name, kind, "tokenHash", prefix, "createdAt") VALUES (?, ?, ?, ?, ?, ?)`,
      "tok-metrics",
      "okta",
      "scim",
      hashToken(scimSecret),
      scimSecret.slice(0, 12),
      prismaTime(),
    );
  });
  afterAll(async () => {
    await db?.close();
    await stack?.stop();
  });

  it("refuses a scrape without the token or with a wrong one (401), even from loopback", async () => {
    for (const auth of [null, "Bearer wrong-token-0123456789", `Basic ${METRICS_TOKEN}`]) {
      const response = await scrape(auth);
      expect(response.status).toBe(401);
      expect(await response.text()).not.toContain("portal_");
    }
  });

  it("counts a login, a refused login, a SCIM call and a rate-limited request; the text parses", async () => {
    const before = await samples();
    expect(value(before, "process_cpu_user_seconds_total{}")).toBeGreaterThan(0);
    expect(before.has("nodejs_heap_size_used_bytes{}")).toBe(true);
    const sessionsBefore = value(before, "portal_sessions_active{}");
    // Thin ID tokens, as Okta's code flow issues them, send the portal to the userinfo endpoint (a fetch,
    // where the token exchange goes through node:http). Both spellings: the IdP's switch is being renamed.
    Object.assign(stack.idp.behaviour, { fatIdToken: false });

    expect((await ssoLogin(stack.portal.url, "user@example.com")).location).toBe(`${stack.portal.url}/admin`);
    expect(new URL((await ssoLogin(stack.portal.url, "outsider@untrusted.org")).location).searchParams.get("error")).toBe("untrusted_domain");
    const user = (await db.one<{ id: string }>(`SELECT id FROM "User" WHERE email = 'user@example.com'`))!;
    const scim = await fetch(`${stack.portal.url}/scim/v2/Users/${user.id}`, { headers: { authorization: `Bearer ${scimSecret}` } });
    expect(scim.status).toBe(200);
    for (let attempt = 0; attempt < 3; attempt++) await fetch(`${stack.portal.url}/auth/login`, { method: "POST", body: "{}" });

    const after = await samples();
    const moved = (key: string) => value(after, key) - value(before, key);
    expect(moved("portal_sso_logins_total{outcome=success,reason=}")).toBe(1);
    expect(moved("portal_sso_logins_total{outcome=failure,reason=untrusted_domain}")).toBe(1);
    expect(moved("portal_sso_login_duration_seconds_count{outcome=success}")).toBe(1);
    expect(value(after, "portal_sso_login_duration_seconds_sum{outcome=success}")).toBeGreaterThan(0);
    // Each callback exchanges its code at the token endpoint; discovery and keys are fetched as needed.
    expect(moved("portal_idp_requests_total{endpoint=token,status=200}")).toBe(2);
    expect(value(after, "portal_idp_requests_total{endpoint=discovery,status=200}")).toBeGreaterThan(0);
    expect(moved("portal_idp_requests_total{endpoint=userinfo,status=200}")).toBe(2);
    expect(value(after, "portal_idp_request_duration_seconds_count{endpoint=token}")).toBeGreaterThanOrEqual(2);
    expect(moved("portal_scim_requests_total{method=GET,resource=Users,status=200}")).toBe(1);
    expect(moved("portal_http_requests_total{method=GET,route=/scim/v2/Users/[id],status=200}")).toBe(1);
    expect(moved("portal_http_request_duration_seconds_count{method=GET,route=/scim/v2/Users/[id]}")).toBe(1);
    expect(moved("portal_http_requests_total{method=GET,route=/auth/sso/[...nextauth],status=302}")).toBeGreaterThanOrEqual(2);
    expect(moved("portal_rate_limited_total{limit=login}")).toBe(1);
    // Routes are labelled by pattern: the user's id never becomes a label value.
    expect([...after.keys()].some((key) => key.includes(user.id))).toBe(false);
    // Gauges are counted at most once a minute: the new session shows at the next refresh, not now.
    expect(await db.count("Session")).toBeGreaterThan(sessionsBefore);
    expect(value(after, "portal_sessions_active{}")).toBe(sessionsBefore);
    expect(after.has("portal_users{state=active}")).toBe(true);
    expect(after.has("portal_users{state=deactivated}")).toBe(true);
  });

  it("writes one JSON object per log line, with the request id that the audit event of that request also carries", async () => {
    const sent = `test-${randomUUID()}`;
    // An authenticated SCIM call writes its own audit row (rejected tokens share one summary row per minute).
    const response = await fetch(`${stack.portal.url}/scim/v2/Users?count=1`, { headers: { authorization: `Bearer ${scimSecret}`, "x-request-id": sent } });
    expect(response.status).toBe(200);
    // The server process keeps a proxy's id only behind trusted proxies; otherwise it makes (and echoes) its own.
    const requestId = response.headers.get("x-request-id") ?? sent;
    const audit = await db.one<{ requestId: string | null }>(
      `SELECT "requestId" FROM "AuditEvent" WHERE type = 'scim.request' ORDER BY "createdAt" DESC LIMIT 1`,
    );
    expect(audit?.requestId).toBe(requestId);

    const records = stack.portal
      .output()
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const ofRequest = records.filter((record) => record.requestId === requestId);
    expect(ofRequest.map((record) => record.msg)).toEqual(expect.arrayContaining(["http.request", "audit"]));
    expect(ofRequest.find((record) => record.msg === "audit")).toMatchObject({ type: "scim.request", outcome: "success" });
    expect(ofRequest.find((record) => record.msg === "http.request")).toMatchObject({
      level: "info",
      time: expect.any(String),
      route: "/scim/v2/Users",
      method: "GET",
      status: 200,
      durationMs: expect.any(Number),
    });
    expect(stack.portal.output()).not.toContain(scimSecret);
    expect(stack.portal.output()).not.toContain(METRICS_TOKEN);
  });
});

describe("GET /metrics without METRICS_TOKEN", () => {
  let portal: RunningPortal;
  beforeAll(async () => {
    portal = await startPortal(await freePort(), { SSO_ENABLED: "false", PLATFORM_ADMIN_EMAIL: "root@example.com", PLATFORM_ADMIN_PASSWORD: "root-password" });
  });
  afterAll(() => portal?.stop());

  it("answers this machine (loopback) without a token", async () => {
    const response = await fetch(`${portal.url}/metrics`);
    expect(response.status).toBe(200);
    expect(parsePrometheus(await response.text()).has("portal_users{state=active}")).toBe(true);
  });
});
