import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqliteFile } from "@/lib/db/sqlite-file";
import { hashToken } from "@/lib/tokens/hash-token";
import { freePort } from "../helpers/free-port";
import { runScript } from "../helpers/run-script";
import { portalDb, prismaTime } from "../helpers/portal-db";
import { startPortal, type RunningPortal } from "../helpers/start-portal";

const USER = "urn:ietf:params:scim:schemas:core:2.0:User";
const ADMIN = { SSO_ENABLED: "false", PLATFORM_ADMIN_EMAIL: "platform-admin@example.com", PLATFORM_ADMIN_PASSWORD: "platform-admin-password" };

/** `npm run db:backup|db:restore -- …` as an operator runs it, with DATABASE_URL set; resolves with exit code and output. */
async function dbCommand(command: "backup" | "restore", databaseUrl: string, ...args: string[]) {
  const run = await runScript("scripts/db-backup.ts", { SSO_ENABLED: "false", DATABASE_URL: databaseUrl }, { args: [command, ...args], timeoutMs: 60_000 });
  return { code: run.status, output: run.stdout + run.stderr };
}

/** Every user the portal's API lists, through an admin API token from a password login. */
async function listUsers(portal: RunningPortal): Promise<string[]> {
  const login = await fetch(`${portal.url}/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: ADMIN.PLATFORM_ADMIN_EMAIL, password: ADMIN.PLATFORM_ADMIN_PASSWORD }),
  });
  const { access_token: token } = (await login.json()) as { access_token: string };
  const emails: string[] = [];
  let cursor: string | null = null;
  do {
    const response = await fetch(`${portal.url}/auth/users?limit=100${cursor ? `&cursor=${cursor}` : ""}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    const page = (await response.json()) as { users: { email: string }[]; next_cursor: string | null };
    emails.push(...page.users.map((user) => user.email));
    cursor = page.next_cursor;
  } while (cursor);
  return emails.sort();
}

describe("SQLite backups", () => {
  let portal: RunningPortal;
  const dir = mkdtempSync(path.join(tmpdir(), "portal-backup-"));

  beforeAll(async () => {
    portal = await startPortal(await freePort(), ADMIN);
  });
  afterAll(() => portal?.stop());

  it("copies the database consistently during a write burst, and a portal on the restored copy lists the same users", { timeout: 90_000 }, async () => {
    const db = portalDb(portal.databaseUrl);
    const secret = `mcpscim_backup-${Date.now()}`;
    await db.run(
      `INSERT INTO "ApiToken" (id, name, kind, "tokenHash", prefix, "createdAt") VALUES (?, ?, ?, ?, ?, ?)`,
      "tok-backup",
      "okta",
      "scim",
      hashToken(secret),
      secret.slice(0, 12),
      prismaTime(),
    );
    await db.close();
    const create = async (i: number) => {
      const userName = `backup-${i}@atko.com`;
      const body = JSON.stringify({
        schemas: [USER],
        userName,
        name: { givenName: "B", familyName: `${i}` },
        emails: [{ primary: true, value: userName }],
        active: true,
      });
      const response = await fetch(`${portal.url}/scim/v2/Users`, {
        method: "POST",
        headers: { authorization: `Bearer ${secret}`, "content-type": "application/scim+json" },
        body,
      });
      expect(response.status).toBe(201);
      return userName;
    };
    await Promise.all(Array.from({ length: 10 }, (_, i) => create(i)));

    // Writes keep coming while the backup runs.
    const backupFile = path.join(dir, "during-burst.db");
    const burst = (async () => {
      for (let i = 10; i < 70; i += 5) await Promise.all(Array.from({ length: 5 }, (_, k) => create(i + k)));
    })();
    await new Promise((resolve) => setTimeout(resolve, 150));
    const backup = await dbCommand("backup", portal.databaseUrl, backupFile);
    await burst;
    expect(backup).toMatchObject({ code: 0, output: expect.stringContaining("Backed up") });

    const copy = new Database(backupFile, { readonly: true });
    expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    const backedUp = (copy.prepare(`SELECT email FROM "User"`).all() as { email: string }[]).map((row) => row.email).sort();
    copy.close();
    const live = await listUsers(portal);
    // A snapshot: the ten users made before it, none that does not exist, and the bootstrap admin.
    expect(backedUp).toEqual(expect.arrayContaining([ADMIN.PLATFORM_ADMIN_EMAIL, ...Array.from({ length: 10 }, (_, i) => `backup-${i}@atko.com`)]));
    expect(live).toEqual(expect.arrayContaining(backedUp));

    const restoredUrl = `file:${path.join(mkdtempSync(path.join(tmpdir(), "portal-restored-")), "portal.db")}`;
    const restore = await dbCommand("restore", restoredUrl, backupFile);
    expect(restore).toMatchObject({ code: 0, output: expect.stringContaining("Restored") });
    const restored = await startPortal(await freePort(), ADMIN, { databaseUrl: restoredUrl });
    try {
      expect(await listUsers(restored)).toEqual(backedUp);
    } finally {
      await restored.stop();
    }
  });

  it("refuses to restore what is not a portal database of a known migration, or over a database in use", { timeout: 90_000 }, async () => {
    const target = `file:${path.join(dir, "target", "portal.db")}`;
    const notSqlite = path.join(dir, "notes.txt");
    writeFileSync(notSqlite, "not a database at all, just some text that is long enough to look like a file");
    expect(await dbCommand("restore", target, notSqlite)).toEqual({ code: 1, output: `Restore refused: ${notSqlite} is not a SQLite database\n` });

    const foreign = path.join(dir, "foreign.db");
    new Database(foreign).exec("CREATE TABLE notes (body TEXT)");
    expect(await dbCommand("restore", target, foreign)).toEqual({
      code: 1,
      output: `Restore refused: ${foreign} is not a portal database (it has no _portal_migrations table)\n`,
    });

    // Copies made in-process (the backup command itself is exercised above).
    const live = new Database(sqliteFile(portal.databaseUrl), { readonly: true });
    const good = path.join(dir, "good.db");
    const newer = path.join(dir, "newer.db");
    await live.backup(good);
    await live.backup(newer);
    live.close();
    new Database(newer)
      .prepare(`INSERT INTO "_portal_migrations" (name, checksum, applied_at) VALUES (?, ?, ?)`)
      .run("9999_from_the_future.sql", "x", new Date().toISOString());
    expect((await dbCommand("restore", target, newer)).output).toBe(
      `Restore refused: ${newer} comes from a newer portal (migration 9999_from_the_future.sql is unknown here): restore it with that version\n`,
    );

    // Over the running portal's own file: refused without --force, and refused with it while in use.
    expect(await dbCommand("restore", portal.databaseUrl, good)).toMatchObject({ code: 1, output: expect.stringContaining("pass --force to replace it") });
    expect(await dbCommand("restore", portal.databaseUrl, good, "--force")).toMatchObject({
      code: 1,
      output: expect.stringContaining("is in use: stop the portal before restoring"),
    });
  });
});

// Needs no PostgreSQL server: the command refuses before connecting.
describe("PostgreSQL backups", () => {
  it("points to pg_dump and pg_restore instead", async () => {
    for (const command of ["backup", "restore"] as const) {
      const result = await dbCommand(command, "postgresql://portal@127.0.0.1:5432/portal", "portal.dump");
      expect(result.code).toBe(1);
      expect(result.output).toContain("pg_dump");
      expect(result.output).toContain("pg_restore");
    }
  });
});
