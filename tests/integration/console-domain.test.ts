// The console's domain functions against a real, migrated database of the kind TEST_DATABASE
// selects (no server): teams, sessions, tokens, the audit log's filters and paging, retention and
// the start-up checks.
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase } from "@/lib/db/migrate-database";
import { portalDb } from "../helpers/portal-db";
import { createTestDatabase } from "../helpers/test-database";

const database = await createTestDatabase();
await migrateDatabase(database.url);
const ENV = {
  DATABASE_URL: database.url,
  SSO_ENABLED: "true",
  SSO_OKTA_ENABLED: "false",
  SSO_PRESERVE_ADMIN_AUTH: "true",
  AUDIT_RETENTION_DAYS: "30",
  OKTA_GROUP_MAPPING: '{"Engineering": "team-eng", "Eng Leads": {"team_id": "team-eng", "role": "owner"}, "Ops": "team-ops"}',
  LOG_LEVEL: "ERROR",
};
Object.assign(process.env, ENV);

const sql = portalDb(database.url);
const admin = { id: "admin-id", email: "root@example.com" };
const DAY = 86_400_000;
const auditTypes = (type: string) =>
  sql.all<{ details: string; reason: string | null; subjectEmail: string | null; actorEmail: string | null }>(
    `SELECT * FROM "AuditEvent" WHERE type = ? ORDER BY "createdAt"`,
    type,
  );

// Modules that open the database are imported after the environment points at the test database.
const lib = async () => ({
  ...(await import("@/lib/boot/prepare-instance")),
  ...(await import("@/lib/db/client")),
  ...(await import("@/lib/audit/prune-audit-events")),
  ...(await import("@/lib/audit/list-audit-events")),
  ...(await import("@/lib/audit/audit-event-pages")),
  ...(await import("@/lib/audit/audit-query")),
  ...(await import("@/lib/teams/create-team")),
  ...(await import("@/lib/teams/rename-team")),
  ...(await import("@/lib/teams/delete-team")),
  ...(await import("@/lib/teams/add-team-member")),
  ...(await import("@/lib/teams/remove-team-member")),
  ...(await import("@/lib/teams/list-teams")),
  ...(await import("@/lib/teams/list-team-members")),
  ...(await import("@/lib/teams/list-mapped-groups")),
  ...(await import("@/lib/teams/list-pending-mapped-teams")),
  ...(await import("@/lib/config/get-config")),
  ...(await import("@/lib/sessions/list-active-sessions")),
  ...(await import("@/lib/sessions/revoke-user-sessions")),
  ...(await import("@/lib/tokens/create-api-token")),
  ...(await import("@/lib/tokens/authenticate-token")),
  ...(await import("@/lib/tokens/revoke-api-token")),
  ...(await import("@/lib/tokens/list-api-tokens")),
});
let L: Awaited<ReturnType<typeof lib>>;

beforeAll(async () => {
  L = await lib();
  await L.prepareInstance();
  await L.db.user.create({ data: { id: admin.id, email: admin.email, isAdmin: true } });
  await L.db.user.createMany({ data: ["ada", "bob", "cy"].map((name) => ({ id: `${name}-id`, email: `${name}@example.com`, name })) });
});
afterAll(async () => {
  await L?.db.$disconnect();
  await sql.close();
  await database.drop();
});

describe("start-up", () => {
  it("records a config.problem audit event when no sign-in method is configured", async () => {
    const [problem] = await auditTypes("config.problem");
    expect(problem).toMatchObject({ reason: "no_sign_in_method", actorEmail: "system" });
    expect(JSON.parse(problem.details).hint).toContain("PLATFORM_ADMIN_EMAIL");
  });
});

describe("audit retention", () => {
  const insertAged = (id: string, daysAgo: number) =>
    L.db.auditEvent.create({ data: { id, type: "test.aged", outcome: "success", createdAt: new Date(Date.now() - daysAgo * DAY) } });

  it("prunes only entries older than the retention period", async () => {
    await insertAged("old-1", 31);
    await insertAged("old-2", 400);
    await insertAged("recent", 29);
    expect(await L.pruneAuditEvents(30)).toBe(2);
    expect(await sql.all<{ id: string }>(`SELECT id FROM "AuditEvent" WHERE type = 'test.aged'`)).toEqual([{ id: "recent" }]);
  });

  it("prunes at every start with AUDIT_RETENTION_DAYS", async () => {
    await insertAged("old-at-start", 45);
    await L.prepareInstance();
    expect(await sql.count("AuditEvent", "id = ?", "old-at-start")).toBe(0);
    expect(await sql.count("AuditEvent", "id = ?", "recent")).toBe(1);
  });

  it("prunes with npm run audit:prune", async () => {
    await insertAged("old-for-cli", 31);
    const run = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/audit-prune.ts"], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "production", ...ENV },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(run.stderr).not.toContain("failed");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Audit log pruned: it keeps the last 30 days.");
    expect(await sql.count("AuditEvent", "id = ?", "old-for-cli")).toBe(0);
  });
});

describe("teams", () => {
  it("creates with a chosen id, refuses a duplicate id, renames and audits each step", async () => {
    const team = await L.createTeam({ id: "team-eng", name: "Engineering" }, admin);
    expect(team).toMatchObject({ id: "team-eng", name: "Engineering", source: "manual" });
    await expect(L.createTeam({ id: "team-eng", name: "Again" }, admin)).rejects.toMatchObject({
      kind: "conflict",
      detail: "A team with the id 'team-eng' already exists",
    });
    expect((await L.createTeam({ name: "Generated id" }, admin)).id).toMatch(/^c[a-z0-9]{20,}$/);
    expect((await L.renameTeam("team-eng", "Platform Engineering", admin)).name).toBe("Platform Engineering");
    expect(JSON.parse((await auditTypes("team.renamed"))[0].details)).toEqual({ teamId: "team-eng", from: "Engineering", to: "Platform Engineering" });
    expect(JSON.parse((await auditTypes("team.created"))[0].details)).toEqual({ teamId: "team-eng", name: "Engineering", source: "manual" });
    await expect(L.renameTeam("no-such-team", "x", admin)).rejects.toMatchObject({ kind: "not_found" });
  });

  it("adds members by email with source manual, refuses duplicates and unknown emails, and removes them", async () => {
    const added = await L.addTeamMember("team-eng", "ADA@example.com", "owner", admin);
    expect(added).toMatchObject({ role: "owner", source: "manual", user: { email: "ada@example.com" } });
    await L.addTeamMember("team-eng", "bob@example.com", "member", admin);
    await expect(L.addTeamMember("team-eng", "ada@example.com", "member", admin)).rejects.toMatchObject({
      kind: "conflict",
      detail: "ada@example.com is already a owner of this team (source: manual)",
    });
    await expect(L.addTeamMember("team-eng", "nobody@example.com", "member", admin)).rejects.toMatchObject({
      kind: "not_found",
      detail: "No user with the email nobody@example.com",
    });
    const joined = await auditTypes("team.member_joined");
    expect(joined.map((e) => [e.subjectEmail, e.actorEmail, JSON.parse(e.details)])).toEqual([
      ["ada@example.com", admin.email, { teamId: "team-eng", role: "owner", source: "manual" }],
      ["bob@example.com", admin.email, { teamId: "team-eng", role: "member", source: "manual" }],
    ]);

    const { members } = await L.listTeamMembers("team-eng");
    expect(members.map((m) => [m.user.email, m.role, m.source])).toEqual([
      ["ada@example.com", "owner", "manual"],
      ["bob@example.com", "member", "manual"],
    ]);

    await L.removeTeamMember("team-eng", "bob-id", admin);
    expect(await sql.count("TeamMember", `"teamId" = 'team-eng'`)).toBe(1);
    expect(JSON.parse((await auditTypes("team.member_left"))[0].details)).toEqual({
      teamId: "team-eng",
      role: "member",
      source: "manual",
      membershipSource: "manual",
    });
    await expect(L.removeTeamMember("team-eng", "bob-id", admin)).rejects.toMatchObject({ kind: "not_found" });
  });

  it("deletes a team with its memberships and records how many it had", async () => {
    await L.createTeam({ id: "team-gone", name: "Gone" }, admin);
    await L.addTeamMember("team-gone", "cy@example.com", "member", admin);
    await L.deleteTeam("team-gone", admin);
    expect(await sql.count("Team", "id = 'team-gone'")).toBe(0);
    expect(await sql.count("TeamMember", `"teamId" = 'team-gone'`)).toBe(0);
    expect(JSON.parse((await auditTypes("team.deleted"))[0].details)).toEqual({ teamId: "team-gone", name: "Gone", source: "manual", members: 1 });
  });

  it("pages teams by name with keyset cursors, every team exactly once", async () => {
    await L.db.team.createMany({ data: Array.from({ length: 70 }, (_, i) => ({ id: `bulk-${i}`, name: `Bulk ${String(i % 7)}` })) });
    const seen: { id: string; members: number }[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await L.listTeams(cursor);
      seen.push(...page.teams);
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    const all = (await sql.all<{ id: string }>(`SELECT id FROM "Team" ORDER BY name, id`)).map((t) => t.id);
    expect(pages).toBe(2);
    expect(seen.map((t) => t.id)).toEqual(all);
    expect(seen.find((t) => t.id === "team-eng")?.members).toBe(1);
  });

  it("lists the Okta groups OKTA_GROUP_MAPPING maps to each team id", () => {
    const mapped = L.listMappedGroups(L.getConfig().sso.groupMapping);
    expect(mapped.get("team-eng")).toEqual([
      { group: "Engineering", teamId: "team-eng", role: "member" },
      { group: "Eng Leads", teamId: "team-eng", role: "owner" },
    ]);
    expect(mapped.get("team-ops")?.map((m) => m.group)).toEqual(["Ops"]);
  });

  it("lists mapped team ids that have no team yet", async () => {
    expect(await L.listPendingMappedTeams(L.getConfig().sso.groupMapping)).toEqual([{ group: "Ops", teamId: "team-ops", role: "member" }]);
  });

  it("refuses a tampered cursor as invalid input naming the parameter", async () => {
    await expect(L.listTeams("not-a-cursor")).rejects.toMatchObject({ kind: "invalid_input", detail: expect.stringContaining("'cursor'") });
    const nameWhereDateBelongs = Buffer.from(JSON.stringify({ s: "created", v: "Bulk 1", id: "x" })).toString("base64url");
    await expect(L.listApiTokens(nameWhereDateBelongs)).rejects.toMatchObject({ kind: "invalid_input" });
    await expect(L.listActiveSessions(nameWhereDateBelongs)).rejects.toMatchObject({ kind: "invalid_input" });
  });
});

describe("sessions", () => {
  it("lists only live sessions (not expired, idle or past the absolute lifetime), newest first, in keyset pages", async () => {
    const now = Date.now();
    const base = { expires: new Date(now + DAY) };
    await L.db.session.createMany({
      data: [
        ...Array.from({ length: 55 }, (_, i) => ({
          ...base,
          sessionToken: `live-${i}`,
          userId: "ada-id",
          createdAt: new Date(now - i * 1000),
          lastSeenAt: new Date(now - 1000),
          ip: "10.0.0.1",
          userAgent: "Firefox",
        })),
        { ...base, sessionToken: "expired", userId: "bob-id", expires: new Date(now - 1000) },
        { ...base, sessionToken: "idle", userId: "bob-id", lastSeenAt: new Date(now - 9 * 3600_000) },
        { ...base, sessionToken: "too-old", userId: "bob-id", createdAt: new Date(now - 8 * DAY), lastSeenAt: new Date(now) },
      ],
    });
    const first = await L.listActiveSessions();
    expect(first.sessions).toHaveLength(50);
    expect(first.sessions[0]).toMatchObject({ ip: "10.0.0.1", userAgent: "Firefox", user: { email: "ada@example.com" } });
    expect(first.sessions[0]).not.toHaveProperty("sessionToken");
    const second = await L.listActiveSessions(first.nextCursor!);
    expect(second.sessions).toHaveLength(5);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.sessions, ...second.sessions].map((s) => s.id)).size).toBe(55);
  });

  it("revokes every session of one user and audits it", async () => {
    expect(await L.revokeUserSessions("ada-id", admin)).toBe(55);
    expect(await sql.count("Session", `"userId" = 'ada-id'`)).toBe(0);
    const [event] = await auditTypes("session.revoked");
    expect(event).toMatchObject({ subjectEmail: "ada@example.com", actorEmail: admin.email });
    expect(JSON.parse(event.details)).toEqual({ all: true, sessionsEnded: 55 });
    await expect(L.revokeUserSessions("nobody", admin)).rejects.toMatchObject({ kind: "not_found" });
  });
});

describe("API tokens", () => {
  it("revokes a token: refused from the next use, audited, listed with revocation and last use", async () => {
    const { secret, token } = await L.createApiToken({ name: "ci", kind: "api", userId: admin.id, expiresInDays: 30, actor: admin });
    expect((await sql.one<{ tokenHash: string }>(`SELECT "tokenHash" FROM "ApiToken" WHERE id = ?`, token.id))?.tokenHash).not.toContain(secret);
    expect((await L.authenticateToken(secret, "api"))?.user?.email).toBe(admin.email);

    const listed = (await L.listApiTokens()).tokens.find((t) => t.id === token.id);
    expect(listed).toMatchObject({ name: "ci", user: { email: admin.email } });
    expect(listed?.lastUsedAt).toBeInstanceOf(Date);
    expect(listed).not.toHaveProperty("tokenHash");

    await L.revokeApiToken(token.id, admin);
    expect(await L.authenticateToken(secret, "api")).toBeNull();
    expect((await L.listApiTokens()).tokens.find((t) => t.id === token.id)?.revokedAt).toBeInstanceOf(Date);
    await expect(L.revokeApiToken(token.id, admin)).rejects.toMatchObject({ kind: "conflict" });
    await expect(L.revokeApiToken("nope", admin)).rejects.toMatchObject({ kind: "not_found" });
    const [event] = await auditTypes("token.revoked");
    expect(JSON.parse(event.details)).toEqual({ tokenId: token.id, name: "ci", kind: "api" });
    expect(event).toMatchObject({ actorEmail: admin.email, subjectEmail: admin.email });
  });
});

describe("audit log", () => {
  const at = new Date("2026-03-10T12:00:00.000Z");
  beforeAll(async () => {
    // Many rows share one timestamp, so paging must break ties by id to neither skip nor repeat.
    await L.db.auditEvent.createMany({
      data: [
        ...Array.from({ length: 120 }, (_, i) => ({
          id: `same-${String(i).padStart(3, "0")}`,
          createdAt: at,
          type: "sso.login",
          outcome: i % 2 ? "success" : "failure",
          subjectEmail: "ann@audit.test",
        })),
        {
          id: "by-ann",
          createdAt: new Date("2026-03-11T00:00:00.000Z"),
          type: "team.member_joined",
          outcome: "success",
          actorEmail: "ann@audit.test",
          subjectEmail: "ben@audit.test",
        },
        { id: "other-day", createdAt: new Date("2026-03-12T23:59:59.000Z"), type: "login.local", outcome: "failure", subjectEmail: "cal@audit.test" },
      ],
    });
  });
  const query = (params: Record<string, string>) => L.parseAuditQuery(new URLSearchParams(params));

  it("pages newest first with keyset cursors, every event exactly once", async () => {
    const ids: string[] = [];
    for await (const page of L.auditEventPages(query({ user: "ann@audit.test" }))) ids.push(...page.map((e) => e.id));
    expect(ids).toHaveLength(121);
    expect(new Set(ids).size).toBe(121);
    expect(ids[0]).toBe("by-ann");
    const first = await L.listAuditEvents(query({ user: "ann@audit.test", limit: "50" }));
    const second = await L.listAuditEvents(query({ user: "ann@audit.test", limit: "50", cursor: first.nextCursor! }));
    expect(second.events[0].id).toBe(ids[50]);
  });

  it("filters by user (as subject or actor, case-insensitive), type and UTC day range", async () => {
    const ids = async (params: Record<string, string>) => (await L.listAuditEvents(query({ limit: "500", ...params }))).events.map((e) => e.id);
    expect(await ids({ user: "BEN@audit.test" })).toEqual(["by-ann"]);
    expect(await ids({ type: "login.local", from: "2026-03-01" })).toEqual(["other-day"]);
    expect(await ids({ from: "2026-03-11", to: "2026-03-12" })).toEqual(["other-day", "by-ann"]);
    expect(await ids({ from: "2026-03-10", to: "2026-03-10" })).toHaveLength(120);
    expect(await ids({ to: "2026-03-09", type: "sso.login", user: "ann@audit.test" })).toEqual([]);
  });

  it("refuses invalid filters with messages naming the field", () => {
    const issue = (params: Record<string, string>) => {
      try {
        query(params);
      } catch (error) {
        const first = (error as { issues: { path: PropertyKey[]; message: string; code: string; keys?: string[] }[] }).issues[0];
        return `${first.path.join(".") || first.keys?.join(",")} ${first.message}`;
      }
      return "valid";
    };
    expect(issue({ from: "10/03/2026" })).toBe("from must be a date such as 2026-01-31");
    expect(issue({ to: "2026-02-31" })).toBe("to must be a real date");
    expect(issue({ from: "2026-03-12", to: "2026-03-10" })).toBe("from must not be after the last day");
    expect(issue({ type: "DROP TABLE" })).toBe("type must be an event type such as sso.login");
    expect(issue({ limit: "5000" })).toBe("limit must be at most 500");
    expect(issue({ sort: "x" })).toMatch(/sort/);
    expect(issue({ user: "", type: "" })).toBe("valid");
  });
});
