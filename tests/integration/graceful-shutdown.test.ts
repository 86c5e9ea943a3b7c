import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken } from "@/lib/tokens/hash-token";
import { portalDb, prismaTime } from "../helpers/portal-db";
import { startStack, type Stack } from "../helpers/start-stack";

const USER = "urn:ietf:params:scim:schemas:core:2.0:User";
const RUN = Math.random().toString(36).slice(2, 8);

type Outcome = { kind: "done"; status: number; connection: string | null; body: string } | { kind: "unreached"; code: string };

/** A request's fate: an HTTP answer, or a connection the server refused or closed before answering. */
async function attempt(url: string, init: RequestInit): Promise<Outcome> {
  try {
    const response = await fetch(url, init);
    const body = await response.text();
    return { kind: "done", status: response.status, connection: response.headers.get("connection"), body };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    return { kind: "unreached", code: cause?.code ?? String(error) };
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("SIGTERM in the middle of logins and SCIM writes", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env: { SHUTDOWN_GRACE_SECONDS: "10" } });
  });
  afterAll(() => stack?.stop());

  it("finishes what it started, refuses the rest before any write, and exits 0", { timeout: 60_000 }, async () => {
    const { portal } = stack;
    const db = portalDb(portal.databaseUrl);
    const secret = `mcpscim_shutdown-${RUN}`;
    await db.run(
      `INSERT INTO "ApiToken" (id, name, kind, "tokenHash", prefix, "createdAt") VALUES (?, ?, ?, ?, ?, ?)`,
      `tok-${RUN}`,
      "okta",
      "scim",
      hashToken(secret),
      secret.slice(0, 12),
      prismaTime(),
    );

    // A request that is still in flight when SIGTERM arrives: /ready waits on the (slowed) issuer.
    stack.idp.behaviour.delayMs = 1_000;
    const inFlight = attempt(`${portal.url}/ready`, {});
    await sleep(200);

    const scim: Promise<[string, Outcome]>[] = [];
    const logins: Promise<Outcome>[] = [];
    let terminatedAt = 0;
    const burst = (async () => {
      for (let i = 0; i < 60; i++) {
        const userName = `shutdown-${RUN}-${i}@atko.com`;
        const body = JSON.stringify({
          schemas: [USER],
          userName,
          name: { givenName: "S", familyName: `${i}` },
          emails: [{ primary: true, value: userName }],
          active: true,
        });
        scim.push(
          attempt(`${portal.url}/scim/v2/Users`, {
            method: "POST",
            headers: { authorization: `Bearer ${secret}`, "content-type": "application/scim+json" },
            body,
          }).then((outcome) => [userName, outcome]),
        );
        if (i % 4 === 0) {
          const login = JSON.stringify({ email: "platform-admin@example.com", password: "platform-admin-password" });
          logins.push(attempt(`${portal.url}/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: login }));
        }
        if (i === 20) {
          // Only once a sign-in and a SCIM write have been answered: on a busy machine the first ones may still be queued.
          await Promise.any(logins);
          await Promise.any(scim);
          process.kill(portal.pid, "SIGTERM");
          terminatedAt = Date.now();
        }
        await sleep(15);
      }
    })();
    await burst;
    const scimOutcomes = await Promise.all(scim);
    const loginOutcomes = await Promise.all(logins);
    const exitCode = await portal.exited;

    // The request in flight at SIGTERM got its real answer (the readiness checks, whatever the
    // slowed issuer made of them), not a refusal, and the process waited for it.
    const slow = await inFlight;
    expect(slow.kind === "done" && JSON.parse(slow.body)).toHaveProperty("checks.database.ok", true);
    expect(Date.now() - terminatedAt).toBeLessThan(10_000);
    expect(exitCode).toBe(0);

    // Every request either completed or was refused before any work: 503 + Connection: close while
    // in-flight requests drain, or no connection at all once the listener closed (refused, or reset
    // when it was still queued for accept at that instant).
    for (const outcome of [...scimOutcomes.map(([, outcome]) => outcome), ...loginOutcomes]) {
      if (outcome.kind === "done" && outcome.status >= 300)
        expect(outcome).toMatchObject({ status: 503, connection: "close", body: expect.stringContaining("shutting down") });
      if (outcome.kind === "done" && outcome.status < 300) expect(outcome.status).toBeGreaterThanOrEqual(200);
      if (outcome.kind === "unreached") expect(["ECONNREFUSED", "ECONNRESET", "UND_ERR_SOCKET"]).toContain(outcome.code);
    }
    const created = scimOutcomes.filter(([, outcome]) => outcome.kind === "done" && outcome.status === 201).map(([userName]) => userName);
    // The burst really straddled the signal: some writes completed, some were refused.
    expect(created.length).toBeGreaterThan(0);
    expect(created.length).toBeLessThan(scimOutcomes.length);
    expect(loginOutcomes.some((outcome) => outcome.kind === "done" && outcome.status === 200)).toBe(true);

    // Exactly the users whose creation was answered 201 exist: nothing refused was written.
    const stored = await db.all<{ email: string }>(`SELECT email FROM "User" WHERE email LIKE ?`, `shutdown-${RUN}-%`);
    await db.close();
    expect(stored.map((row) => row.email).sort()).toEqual([...created].sort());
    expect(portal.output()).toContain("server.stopped");
  });
});
