// Lists must stay fast at 100,000 users and 1,000,000 audit rows: every query the console's list
// functions send must seek an index (keyset), never scan a table or sort all matching rows.
// Both databases' plans are checked on every run, each on its own database (a SQLite file, and a
// seeded, analysed PostgreSQL database), whatever TEST_DATABASE says.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import Database from "better-sqlite3";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase } from "@/lib/db/migrate-database";
import { sqliteFile } from "@/lib/db/sqlite-file";
import { PrismaClient } from "@/lib/db/generated/client";
import { PrismaClient as PrismaClientPg } from "@/lib/db/generated-pg/client";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

const database = await createTestDatabase("sqlite");
const file = sqliteFile(database.url);
Object.assign(process.env, { DATABASE_URL: database.url, SSO_OKTA_ENABLED: "false", LOG_LEVEL: "ERROR" });
await migrateDatabase(database.url);

// The shared client (lib/db/client.ts) reuses globalThis.portalDb: this one also reports its SQL.
const client = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: file }), log: [{ emit: "event", level: "query" }] });
let sent: { query: string; params: string }[] = [];
client.$on("query", (event) => sent.push(event));
const shared = globalThis as { portalDb?: unknown };
shared.portalDb = client;
const sqlite = new Database(file, { readonly: true });
afterAll(async () => {
  sqlite.close();
  await client.$disconnect();
  await database.drop();
});

/** Runs one list function and returns the SELECTs it sent, each with its plan from `explain`. */
async function plansOf(run: () => Promise<unknown>, explain: (sql: string, params: string) => Promise<string[]>) {
  sent = [];
  await run();
  // Query events are emitted asynchronously, after the results resolve.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return Promise.all(
    sent.filter(({ query }) => query.startsWith("SELECT")).map(async ({ query, params }) => ({ sql: query, plan: await explain(query, params) })),
  );
}

const explainSqlite = async (sql: string) => {
  const params = Array((sql.match(/\?/g) ?? []).length).fill("x");
  return (sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((row) => row.detail);
};

// One cursor per sort, as each list's pages hand them out (a cursor of another sort is refused).
let cursorAt: string;
let teamCursor: string;
let memberCursor: string;
beforeAll(async () => {
  const { keysetCursor } = await import("@/lib/db/keyset-cursor");
  cursorAt = keysetCursor.encode({ s: "created", v: new Date().toISOString(), id: "c0000000000000000000000" });
  teamCursor = keysetCursor.encode({ s: "name", v: "M", id: "c0000000000000000000000" });
  memberCursor = keysetCursor.encode({ s: "user", v: null, id: "c0000000000000000000000" });
  // A team after the cursor, so the teams page also counts members.
  await client.team.create({ data: { id: "team-zeta", name: "Zeta" } });
});

const cases: [string, () => Promise<unknown>][] = [
  ["audit: no filter", async () => (await import("@/lib/audit/list-audit-events")).listAuditEvents({ limit: 50, cursor: cursorAt })],
  [
    "audit: type and range",
    async () =>
      (await import("@/lib/audit/list-audit-events")).listAuditEvents({ limit: 50, type: "sso.login", from: "2026-01-01", to: "2026-02-01", cursor: cursorAt }),
  ],
  ["audit: user", async () => (await import("@/lib/audit/list-audit-events")).listAuditEvents({ limit: 50, user: "ada@example.com", cursor: cursorAt })],
  ["sessions", async () => (await import("@/lib/sessions/list-active-sessions")).listActiveSessions(cursorAt)],
  ["tokens", async () => (await import("@/lib/tokens/list-api-tokens")).listApiTokens(cursorAt)],
  ["teams", async () => (await import("@/lib/teams/list-teams")).listTeams(teamCursor)],
  ["team members", async () => (await import("@/lib/teams/list-team-members")).listTeamMembers("team-eng", memberCursor)],
];

describe("list queries use indexes (SQLite)", () => {
  it.each(cases)("%s", async (_, run) => {
    const plans = await plansOf(run, explainSqlite);
    expect(plans.length).toBeGreaterThan(0);
    expect(plans.map((p) => p.sql).join("\n")).toMatch(/ORDER BY/);
    for (const { sql, plan } of plans) {
      const summary = `${sql}\n  ${plan.join("\n  ")}`;
      // Past page 1 every table access must SEARCH (seek) an index: any SCAN reads from the start.
      expect(
        plan.filter((line) => /^SCAN |MATERIALIZE/.test(line)),
        summary,
      ).toEqual([]);
      // Sorting all matches would cost as much as the whole history; ties on the last term are bounded.
      expect(
        plan.filter((line) => line === "USE TEMP B-TREE FOR ORDER BY"),
        summary,
      ).toEqual([]);
    }
  });
});

// PostgreSQL's planner follows statistics, so its plans only mean something on tables with rows:
// seed every listed table well past the point where a sequential scan would be cheaper, then ANALYZE.
const SEED = `
INSERT INTO "User" (id, email, name, "updatedAt")
  SELECT 'u' || lpad(i::text, 6, '0'), 'user' || i || '@example.com', 'User ' || i, now() FROM generate_series(1, 20000) i;
INSERT INTO "User" (id, email, name, "updatedAt") VALUES ('ada-id', 'ada@example.com', 'Ada', now());
INSERT INTO "AuditEvent" (id, "createdAt", type, outcome, "actorEmail", "subjectEmail")
  SELECT 'a' || lpad(i::text, 7, '0'), now() - (i || ' minutes')::interval, (ARRAY['sso.login', 'login.local', 'team.member_joined', 'token.created'])[1 + i % 4],
         CASE WHEN i % 3 = 0 THEN 'failure' ELSE 'success' END, 'user' || (i % 997) || '@example.com', 'user' || (i % 1009) || '@example.com'
  FROM generate_series(1, 200000) i;
INSERT INTO "AuditEvent" (id, "createdAt", type, outcome, "subjectEmail") SELECT 'ada' || i, now() - (i || ' hours')::interval, 'sso.login', 'success', 'ada@example.com' FROM generate_series(1, 100) i;
INSERT INTO "Session" (id, "sessionToken", "userId", expires, "createdAt", "lastSeenAt")
  SELECT 's' || i, 'token-' || i, 'u' || lpad((1 + i % 20000)::text, 6, '0'), now() - (i || ' minutes')::interval + interval '7 days',
         now() - (i || ' minutes')::interval, now() - (i || ' minutes')::interval + interval '1 minute'
  FROM generate_series(1, 50000) i;
INSERT INTO "ApiToken" (id, name, "tokenHash", prefix, "userId", "createdAt")
  SELECT 't' || i, 'token ' || i, 'hash-' || i, 'mcpp_' || i, 'u' || lpad((1 + i % 20000)::text, 6, '0'), now() - (i || ' minutes')::interval FROM generate_series(1, 20000) i;
INSERT INTO "Team" (id, name, "updatedAt") SELECT 'team-' || i, 'Team ' || lpad(i::text, 5, '0'), now() FROM generate_series(1, 10000) i;
INSERT INTO "Team" (id, name, "updatedAt") VALUES ('team-eng', 'Engineering', now());
INSERT INTO "TeamMember" ("teamId", "userId") SELECT 'team-' || (1 + i % 10000), 'u' || lpad(i::text, 6, '0') FROM generate_series(1, 20000) i;
INSERT INTO "TeamMember" ("teamId", "userId") SELECT 'team-eng', 'u' || lpad(i::text, 6, '0') FROM generate_series(1, 5000) i;
ANALYZE;
`;

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  Plans?: PlanNode[];
}

const planNodes = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(planNodes)];

// Always runs (it makes its own PostgreSQL database): the plans are a property of the schema, not of TEST_DATABASE.
describe("list queries use indexes (PostgreSQL, seeded and analysed)", () => {
  let pgDatabase: TestDatabase;
  let pgClient: PrismaClientPg;
  let pg: Client;
  beforeAll(async () => {
    pgDatabase = await createTestDatabase("postgresql");
    await migrateDatabase(pgDatabase.url);
    pg = new Client({ connectionString: pgDatabase.url });
    await pg.connect();
    await pg.query(SEED);
    const reporting = new PrismaClientPg({ adapter: new PrismaPg({ connectionString: pgDatabase.url }), log: [{ emit: "event", level: "query" }] });
    reporting.$on("query", (event) => sent.push(event));
    // The list functions use the shared client; none of them reads DATABASE_URL's kind.
    shared.portalDb = pgClient = reporting;
  });
  afterAll(async () => {
    shared.portalDb = client;
    await pgClient?.$disconnect();
    await pg?.end();
    await pgDatabase?.drop();
  });

  const explainPg = async (sql: string, params: string) => {
    const { rows } = await pg.query<{ "QUERY PLAN": { Plan: PlanNode }[] }>(`EXPLAIN (FORMAT JSON) ${sql}`, JSON.parse(params) as unknown[]);
    return planNodes(rows[0]["QUERY PLAN"][0].Plan).map((node) => `${node["Node Type"]}${node["Relation Name"] ? ` on ${node["Relation Name"]}` : ""}`);
  };

  it.each(cases)("%s", async (_, run) => {
    const plans = await plansOf(run, explainPg);
    expect(plans.length).toBeGreaterThan(0);
    expect(plans.map((p) => p.sql).join("\n")).toMatch(/ORDER BY/);
    for (const { sql, plan } of plans) {
      expect(
        plan.some((node) => /Scan on /.test(node)),
        `${sql}\n  ${plan.join("\n  ")}`,
      ).toBe(true);
      // Every table access must use an index: a sequential scan reads the whole table.
      expect(
        plan.filter((node) => node.startsWith("Seq Scan")),
        `${sql}\n  ${plan.join("\n  ")}`,
      ).toEqual([]);
    }
  });
});
