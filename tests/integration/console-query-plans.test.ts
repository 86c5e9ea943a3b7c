// Lists must stay fast at 100,000 users and 1,000,000 audit rows: every query the console's list
// functions send must seek an index (keyset), never scan a table or sort all matching rows.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase } from "@/lib/db/migrate-database";
import { PrismaClient } from "@/lib/db/generated/client";

const file = path.join(mkdtempSync(path.join(tmpdir(), "portal-plans-")), "portal.db");
Object.assign(process.env, { DATABASE_URL: `file:${file}`, SSO_OKTA_ENABLED: "false", LOG_LEVEL: "ERROR" });
migrateDatabase(`file:${file}`);

// The shared client (lib/db/client.ts) reuses globalThis.portalDb: this one also reports its SQL.
const client = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: file }), log: [{ emit: "event", level: "query" }] });
let sent: string[] = [];
client.$on("query", (event) => sent.push(event.query));
(globalThis as { portalDb?: unknown }).portalDb = client;
const sqlite = new Database(file, { readonly: true });
afterAll(async () => {
  sqlite.close();
  await client.$disconnect();
});

function plansOf(run: () => Promise<unknown>) {
  return async () => {
    sent = [];
    await run();
    // Query events are emitted asynchronously, after the results resolve.
    await new Promise((resolve) => setTimeout(resolve, 50));
    return sent
      .filter((sql) => sql.startsWith("SELECT"))
      .map((sql) => {
        const params = Array((sql.match(/\?/g) ?? []).length).fill("x");
        return { sql, plan: (sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((row) => row.detail) };
      });
  };
}

let cursorAt: string;
beforeAll(async () => {
  const { keysetCursor } = await import("@/lib/api/keyset-cursor");
  cursorAt = keysetCursor.encode({ k: new Date().toISOString(), id: "c0000000000000000000000" });
  // A team after the cursor, so the teams page also counts members.
  await client.team.create({ data: { id: "team-zeta", name: "Zeta" } });
});

const cases: [string, () => Promise<unknown>][] = [
  ["audit: no filter", async () => (await import("@/lib/audit/list-audit-events")).listAuditEvents({ limit: 50, cursor: cursorAt })],
  ["audit: type and range", async () => (await import("@/lib/audit/list-audit-events")).listAuditEvents({ limit: 50, type: "sso.login", from: "2026-01-01", to: "2026-02-01", cursor: cursorAt })],
  ["audit: user", async () => (await import("@/lib/audit/list-audit-events")).listAuditEvents({ limit: 50, user: "ada@example.com", cursor: cursorAt })],
  ["sessions", async () => (await import("@/lib/sessions/list-active-sessions")).listActiveSessions(cursorAt)],
  ["tokens", async () => (await import("@/lib/tokens/list-api-tokens")).listApiTokens(cursorAt)],
  ["teams", async () => (await import("@/lib/teams/list-teams")).listTeams(cursorAt)],
  ["team members", async () => (await import("@/lib/teams/list-team-members")).listTeamMembers("team-eng", cursorAt)],
];

describe("list queries use indexes", () => {
  it.each(cases)("%s", async (_, run) => {
    const plans = await plansOf(run)();
    expect(plans.length).toBeGreaterThan(0);
    expect(plans.map((p) => p.sql).join("\n")).toMatch(/ORDER BY/);
    for (const { sql, plan } of plans) {
      const summary = `${sql}\n  ${plan.join("\n  ")}`;
      // Past page 1 every table access must SEARCH (seek) an index: any SCAN reads from the start.
      expect(plan.filter((line) => /^SCAN |MATERIALIZE/.test(line)), summary).toEqual([]);
      // Sorting all matches would cost as much as the whole history; ties on the last term are bounded.
      expect(plan.filter((line) => line === "USE TEMP B-TREE FOR ORDER BY"), summary).toEqual([]);
    }
  });
});
