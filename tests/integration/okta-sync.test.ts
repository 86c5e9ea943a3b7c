import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runScript, type ScriptRun } from "../helpers/run-script";
import { startIdp, type RunningIdp } from "@/idp/server";
import { migrateDatabase } from "@/lib/db/migrate-database";
import { flag, portalDb, prismaTime } from "../helpers/portal-db";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

const MAPPING = '{"MCP Gateway Users": "team-users", "MCP Gateway Admins": {"team_id": "team-admins", "role": "owner"}}';

let idp: RunningIdp;
let db: ReturnType<typeof portalDb>;
let database: TestDatabase;

/** `npm run okta:sync` against the test database and the bundled IdP's Okta API. */
function runSync(env: Record<string, string> = {}): Promise<ScriptRun> {
  return runScript(
    "scripts/okta-sync.ts",
    {
      DATABASE_URL: database.url,
      SSO_OKTA_ISSUER: idp.issuer,
      SSO_OKTA_CLIENT_ID: "sync-test",
      SSO_OKTA_CLIENT_SECRET: "sync-test-secret",
      OKTA_API_TOKEN: "dev-okta-api-token",
      OKTA_GROUP_MAPPING: MAPPING,
      ...env,
    },
    { timeoutMs: 80_000 },
  );
}

// Users get one second apart creation times, so the sync's creation order is the order they are added here.
let created = Date.parse("2026-01-01T00:00:00.000Z");
async function addUser(id: string, email: string, extra: { externalId?: string; authProvider?: string } = {}) {
  const createdAt = prismaTime(new Date((created += 1_000)));
  await db.run(
    `INSERT INTO "User" (id, email, "externalId", "authProvider", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?)`,
    id,
    email,
    extra.externalId ?? null,
    extra.authProvider ?? "okta",
    createdAt,
    prismaTime(),
  );
}

beforeAll(async () => {
  idp = await startIdp({ port: 0, hostname: "127.0.0.1", clients: [] });
  // Deleted in Okta since the portal last saw them: the management API answers 404 for their id.
  idp.behaviour.status["ldap@example.com"] = "DELETED";
  database = await createTestDatabase();
  await migrateDatabase(database.url);
  db = portalDb(database.url);
  const now = prismaTime();
  await addUser("u-admin", "admin@example.com");
  await addUser("u-user", "user@example.com", { externalId: "00u61Hm5D1mHGBXRyqZE" });
  await addUser("u-former", "former@example.com");
  await addUser("u-ghost", "ghost@example.com");
  await addUser("u-local", "local@example.com", { authProvider: "local" });
  await addUser("u-suspended", "suspended@example.com", { externalId: "00uSusp3nd3dUs3rQ7wZ" });
  await addUser("u-deleted", "ldap@example.com", { externalId: "00uLd4pDirQ8sMstr3Xa" });
  await db.run(
    `INSERT INTO "Account" (id, "userId", type, provider, "providerAccountId") VALUES ('a-admin', 'u-admin', 'oidc', 'okta', '00uXd3LBsAz1HYzitn9u')`,
  );
  await db.run(`INSERT INTO "Team" (id, name, source, "updatedAt") VALUES ('team-old', 'Old', 'mapping', ?), ('team-hand', 'Hand', 'manual', ?)`, now, now);
  // A membership from a group the user has since left in Okta, and one granted by hand.
  await db.run(
    `INSERT INTO "TeamMember" ("teamId", "userId", role, source) VALUES ('team-old', 'u-user', 'member', 'okta'), ('team-hand', 'u-user', 'member', 'manual')`,
  );
  await db.run(
    `INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ('s-former', 'tok-former', 'u-former', ?)`,
    prismaTime(new Date(Date.now() + 3_600_000)),
  );
});
afterAll(async () => {
  await db?.close();
  await idp?.close();
  await database?.drop();
});

describe("npm run okta:sync", () => {
  it("reconciles Okta-sourced memberships from Okta's groups and deactivates deprovisioned, suspended and deleted users, ending their sessions", async () => {
    const result = await runSync();
    expect(result.stderr).not.toContain("Error");
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout.trim().split("\n").at(-1)!)).toEqual({
      checked: 6,
      membershipsChanged: 4,
      deactivated: ["former@example.com", "suspended@example.com", "ldap@example.com"],
      // Known only by email and not in Okta: maybe never an Okta user, so reported, not deactivated.
      notFound: ["ghost@example.com"],
      failed: [],
    });
    expect(result.stdout).toContain("okta:sync: 6/6 users checked");

    const memberships = await db.all(`SELECT "teamId", "userId", role, source FROM "TeamMember" ORDER BY "userId", "teamId"`);
    expect(memberships).toEqual([
      { teamId: "team-admins", userId: "u-admin", role: "owner", source: "okta" },
      { teamId: "team-users", userId: "u-admin", role: "member", source: "okta" },
      { teamId: "team-hand", userId: "u-user", role: "member", source: "manual" },
      { teamId: "team-users", userId: "u-user", role: "member", source: "okta" },
    ]);
    expect(JSON.parse((await db.one<{ oktaGroups: string }>(`SELECT "oktaGroups" FROM "User" WHERE id = 'u-user'`))!.oktaGroups)).toEqual([
      "MCP Gateway Users",
    ]);
    const isActive = async (id: string) => flag((await db.one<{ isActive: unknown }>(`SELECT "isActive" FROM "User" WHERE id = ?`, id))?.isActive);
    expect(await isActive("u-former")).toBe(false);
    expect(await db.count("Session", "\"userId\" = 'u-former'")).toBe(0);
    expect(await isActive("u-ghost")).toBe(true);
    expect(await db.count("AuditEvent", "type = 'okta.sync' AND outcome = 'success' AND \"actorEmail\" = 'cli'")).toBe(1);
    const reason = async (id: string) =>
      JSON.parse((await db.one<{ details: string }>(`SELECT details FROM "AuditEvent" WHERE type = 'user.deactivated' AND "subjectId" = ?`, id))!.details)
        .source;
    expect(await reason("u-former")).toBe("okta-sync: deprovisioned in Okta");
    expect(await reason("u-suspended")).toBe("okta-sync: suspended in Okta");
    expect(await reason("u-deleted")).toBe("okta-sync: deleted in Okta");
    expect(await isActive("u-suspended")).toBe(false);
    expect(await isActive("u-deleted")).toBe(false);
  });

  it("is idempotent: a second run changes nothing", async () => {
    const result = await runSync();
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout.trim().split("\n").at(-1)!)).toMatchObject({ checked: 3, membershipsChanged: 0, deactivated: [] });
  });

  it("sync over three pages with a 429 in the middle: waits for X-Rate-Limit-Reset, resumes, and misses nothing", async () => {
    // user@example.com is now in three groups, served one per page: three pages, the second answered 429 first.
    idp.behaviour.groups["user@example.com"] = ["MCP Gateway Users", "MCP Gateway Admins", "Contractors"];
    idp.behaviour.apiPageLimit = 1;
    // Requests so far in the run: admin (user, 2 group pages), user (user, group page 1); then the 429.
    idp.behaviour.apiThrottle = { after: 5, count: 1, resetSeconds: 2 };
    try {
      const result = await runSync();
      expect(result.status).toBe(0);
      expect(idp.behaviour.apiThrottle).toMatchObject({ after: 0, count: 0 });
      expect(result.stdout).toMatch(/okta:sync: waiting \d+ s \(Okta answered 429 Too Many Requests\)/);
      expect(result.seconds).toBeGreaterThanOrEqual(1);
      expect(JSON.parse(result.stdout.trim().split("\n").at(-1)!)).toMatchObject({ checked: 3, failed: [] });
      expect(JSON.parse((await db.one<{ oktaGroups: string }>(`SELECT "oktaGroups" FROM "User" WHERE id = 'u-user'`))!.oktaGroups)).toEqual([
        "MCP Gateway Users",
        "MCP Gateway Admins",
        "Contractors",
      ]);
      expect(await db.all(`SELECT "teamId", role FROM "TeamMember" WHERE "userId" = 'u-user' AND source = 'okta' ORDER BY "teamId"`)).toEqual([
        { teamId: "team-admins", role: "owner" },
        { teamId: "team-users", role: "member" },
      ]);
    } finally {
      idp.behaviour.apiThrottle = null;
      idp.behaviour.apiPageLimit = 200;
    }
  });

  it("slows down when X-Rate-Limit-Remaining runs low instead of running into 429s", async () => {
    idp.behaviour.apiRateLimit = { limit: 4, windowSeconds: 2 };
    try {
      const result = await runSync();
      expect(result.status).toBe(0);
      expect(result.stdout).toContain("(X-Rate-Limit-Remaining is low)");
      expect(result.stdout).not.toContain("429");
      expect(JSON.parse(result.stdout.trim().split("\n").at(-1)!)).toMatchObject({ checked: 3, failed: [] });
    } finally {
      idp.behaviour.apiRateLimit = { limit: 600, windowSeconds: 60 };
      delete idp.behaviour.groups["user@example.com"];
    }
    // It waits out several 2-second windows on purpose, besides starting the CLI.
  }, 90_000);

  it("gives up within OKTA_SYNC_MAX_WAIT_SECONDS when Okta keeps throttling, reporting who was not synced", async () => {
    idp.behaviour.apiThrottle = { after: 0, count: 1, resetSeconds: 120 };
    try {
      const result = await runSync({ OKTA_SYNC_MAX_WAIT_SECONDS: "5" });
      expect(result.status).toBe(1);
      // Waiting out the reset would take two minutes; the run (start-up included) ends well before.
      expect(result.seconds).toBeLessThan(90);
      expect(result.stdout + result.stderr).toContain("more than the 5 s allowed");
      expect(result.stdout).not.toContain("okta:sync: waiting");
      // Okta said nothing more gets through before the reset, so every user is reported, none half-synced.
      const summary = JSON.parse(result.stdout.trim().split("\n").at(-1)!);
      expect(summary.failed).toContain("admin@example.com");
      expect(summary.failed).toHaveLength(summary.checked);
    } finally {
      idp.behaviour.apiThrottle = null;
    }
  });

  it("reports every user as failed (exit 1) when Okta refuses the token, changing nothing", async () => {
    const before = await db.all(`SELECT * FROM "TeamMember" ORDER BY "userId", "teamId"`);
    const result = await runSync({ OKTA_API_TOKEN: "wrong-token" });
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout.trim().split("\n").at(-1)!)).toMatchObject({ failed: ["admin@example.com", "user@example.com", "ghost@example.com"] });
    expect(result.stdout + result.stderr).not.toContain("wrong-token");
    expect(await db.all(`SELECT * FROM "TeamMember" ORDER BY "userId", "teamId"`)).toEqual(before);
  });

  it("refuses to run without OKTA_API_TOKEN, saying what to set", async () => {
    const result = await runSync({ OKTA_API_TOKEN: "" });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("OKTA_API_TOKEN is not set");
  });
});
