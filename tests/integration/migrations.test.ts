import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { cpSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { migrateDatabase, MIGRATIONS_TABLE } from "@/lib/db/migrate-database";
import { PrismaClient } from "@/lib/db/generated/client";

const dir = mkdtempSync(path.join(tmpdir(), "portal-migrate-"));
const url = (name: string) => `file:${path.join(dir, name)}`;
const ALL = readdirSync("prisma/migrations/sqlite").filter((name) => name.endsWith(".sql")).sort();

describe("migration runner", () => {
  it("creates a brand-new database, records each file once and is idempotent", () => {
    const first = migrateDatabase(url("fresh/nested/portal.db"));
    expect(first.applied).toEqual(ALL);
    expect(ALL).toContain("0003_console.sql");
    const second = migrateDatabase(url("fresh/nested/portal.db"));
    expect(second).toEqual({ applied: [], alreadyApplied: ALL.length });
    const db = new Database(path.join(dir, "fresh/nested/portal.db"));
    expect(db.prepare(`SELECT name FROM "${MIGRATIONS_TABLE}" ORDER BY name`).all()).toEqual(ALL.map((name) => ({ name })));
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
  });

  it("refuses to run when an applied migration was edited", () => {
    const migrations = path.join(dir, "edited-migrations");
    cpSync("prisma/migrations/sqlite", migrations, { recursive: true });
    migrateDatabase(url("edited.db"), migrations);
    writeFileSync(path.join(migrations, "0001_init.sql"), "-- edited\n", { flag: "a" });
    expect(() => migrateDatabase(url("edited.db"), migrations)).toThrow(/0001_init.sql was changed after it was applied/);
  });

  it("rolls back a failing migration completely, leaving nothing half-applied", () => {
    const migrations = path.join(dir, "failing-migrations");
    cpSync("prisma/migrations/sqlite", migrations, { recursive: true });
    migrateDatabase(url("failing.db"), migrations);
    writeFileSync(path.join(migrations, "9999_broken.sql"), 'CREATE TABLE "Half" (id TEXT);\nTHIS IS NOT SQL;\n');
    expect(() => migrateDatabase(url("failing.db"), migrations)).toThrow();
    const db = new Database(path.join(dir, "failing.db"));
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'Half'").all()).toEqual([]);
    expect(db.prepare(`SELECT count(*) AS n FROM "${MIGRATIONS_TABLE}"`).get()).toEqual({ n: ALL.length });
    db.close();
  });
});

describe("the migrated database matches prisma/schema.prisma", () => {
  const file = path.join(dir, "schema.db");
  migrateDatabase(`file:${file}`);
  const prisma = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: file }) });
  afterAll(() => prisma.$disconnect());

  it("writes and reads every model and every column through the client", async () => {
    const now = new Date("2026-11-29T10:00:00.000Z");
    const user = await prisma.user.create({
      data: {
        name: "Ada", email: "ada@example.com", emailVerified: now, image: "https://example.com/a.png", isAdmin: true, isActive: false,
        authProvider: "local", passwordHash: "scrypt$x", oktaGroups: '["Eng"]', lastLoginAt: now, lastLoginMfa: true, failedLogins: 2, lockedUntil: now,
        externalId: "00uAda", givenName: "Ada", familyName: "Lovelace",
      },
    });
    expect(await prisma.user.findUniqueOrThrow({ where: { email: "ada@example.com" } })).toMatchObject({ name: "Ada", emailVerified: now, isAdmin: true, isActive: false, passwordHash: "scrypt$x", lastLoginMfa: true, failedLogins: 2, lockedUntil: now, externalId: "00uAda", givenName: "Ada", familyName: "Lovelace" });
    expect(user.createdAt).toBeInstanceOf(Date);
    expect(user.updatedAt).toBeInstanceOf(Date);

    await prisma.account.create({
      data: { userId: user.id, type: "oidc", provider: "okta", providerAccountId: "00u1", refresh_token: "r", access_token: "a", expires_at: 1_800_000_000, token_type: "Bearer", scope: "openid", id_token: "i", session_state: "s" },
    });
    expect(await prisma.account.findUniqueOrThrow({ where: { provider_providerAccountId: { provider: "okta", providerAccountId: "00u1" } } })).toMatchObject({ expires_at: 1_800_000_000, id_token: "i" });

    await prisma.session.create({ data: { sessionToken: "tok", userId: user.id, expires: now, provider: "local", ip: "127.0.0.1", userAgent: "test", lastSeenAt: now } });
    expect(await prisma.session.findUniqueOrThrow({ where: { sessionToken: "tok" } })).toMatchObject({ expires: now, provider: "local", lastSeenAt: now });

    await prisma.verificationToken.create({ data: { identifier: "ada@example.com", token: "v", expires: now } });
    expect(await prisma.verificationToken.findUniqueOrThrow({ where: { identifier_token: { identifier: "ada@example.com", token: "v" } } })).toMatchObject({ expires: now });

    const team = await prisma.team.create({ data: { id: "team-eng", name: "Engineering", source: "scim", externalId: "00gEng" } });
    expect(await prisma.team.findUniqueOrThrow({ where: { id: team.id } })).toMatchObject({ source: "scim", externalId: "00gEng" });
    await prisma.teamMember.create({ data: { teamId: team.id, userId: user.id, role: "owner", source: "okta" } });
    expect(await prisma.teamMember.findUniqueOrThrow({ where: { teamId_userId: { teamId: team.id, userId: user.id } } })).toMatchObject({ role: "owner", source: "okta" });

    await prisma.auditEvent.create({ data: { type: "sso.login", outcome: "success", reason: "r", actorId: user.id, actorEmail: user.email, subjectId: user.id, subjectEmail: user.email, ip: "::1", userAgent: "ua", details: "{}" } });
    expect(await prisma.auditEvent.count({ where: { type: "sso.login" } })).toBe(1);

    await prisma.apiToken.create({ data: { name: "ci", kind: "scim", tokenHash: "h", prefix: "mcp_", userId: user.id, expiresAt: now, lastUsedAt: now, revokedAt: now } });
    expect(await prisma.apiToken.findUniqueOrThrow({ where: { tokenHash: "h" } })).toMatchObject({ kind: "scim", revokedAt: now });

    await prisma.setting.create({ data: { key: "k", value: "v" } });
    expect(await prisma.setting.findUniqueOrThrow({ where: { key: "k" } })).toMatchObject({ value: "v" });

    // Cascades declared in the schema exist in the SQL too.
    await prisma.user.delete({ where: { id: user.id } });
    expect(await prisma.account.count()).toBe(0);
    expect(await prisma.session.count()).toBe(0);
    expect(await prisma.teamMember.count()).toBe(0);
    expect(await prisma.apiToken.count()).toBe(0);
  });

  it("has the console's list indexes (keyset pages never scan a whole table)", () => {
    const sqlite = new Database(file, { readonly: true });
    const indexes = (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").all() as { name: string }[]).map((row) => row.name);
    sqlite.close();
    expect(indexes).toEqual(expect.arrayContaining(["Session_createdAt_idx", "AuditEvent_subjectEmail_createdAt_idx", "AuditEvent_actorEmail_createdAt_idx", "ApiToken_createdAt_idx"]));
  });

  it("enforces the schema's unique constraints", async () => {
    await prisma.user.create({ data: { email: "dup@example.com" } });
    await expect(prisma.user.create({ data: { email: "dup@example.com" } })).rejects.toThrow();
    await prisma.user.create({ data: { email: "ext1@example.com", externalId: "00uSame" } });
    await expect(prisma.user.create({ data: { email: "ext2@example.com", externalId: "00uSame" } })).rejects.toThrow();
  });
});
