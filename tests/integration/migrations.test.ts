import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { cpSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { migrateDatabase, MIGRATIONS_TABLE } from "@/lib/db/migrate-database";
import { sqliteFile } from "@/lib/db/sqlite-file";
import { PrismaClient } from "@/lib/db/generated/client";
import { PrismaClient as PrismaClientPg } from "@/lib/db/generated-pg/client";
import { portalDb } from "../helpers/portal-db";
import { createTestDatabase, TEST_DATABASE, type TestDatabase } from "../helpers/test-database";

// Runs against the database TEST_DATABASE selects; `npm test` runs this suite once per database.
const dir = mkdtempSync(path.join(tmpdir(), "portal-migrate-"));
const created: TestDatabase[] = [];
afterAll(async () => void (await Promise.all(created.map((database) => database.drop()))));

async function freshDatabase(): Promise<string> {
  const database = await createTestDatabase();
  created.push(database);
  return database.url;
}

/** A copy of this database's committed migrations that a test may add to or edit. */
function copyOfMigrations(name: string): string {
  const copy = path.join(dir, name);
  cpSync(path.join("prisma", "migrations", TEST_DATABASE), copy, { recursive: true });
  return copy;
}

async function appliedNames(url: string): Promise<string[]> {
  const db = portalDb(url);
  try {
    return (await db.all<{ name: string }>(`SELECT name FROM "${MIGRATIONS_TABLE}" ORDER BY name`)).map((row) => row.name);
  } finally {
    await db.close();
  }
}

const all = readdirSync(path.join("prisma", "migrations", TEST_DATABASE))
  .filter((name) => name.endsWith(".sql"))
  .sort();

describe(`migration runner (${TEST_DATABASE})`, () => {
  it("creates a brand-new database, records each file once and is idempotent", async () => {
    const url = TEST_DATABASE === "sqlite" ? `file:${path.join(dir, "fresh/nested/portal.db")}` : await freshDatabase();
    expect(await migrateDatabase(url)).toEqual({ applied: all, alreadyApplied: 0 });
    expect(await migrateDatabase(url)).toEqual({ applied: [], alreadyApplied: all.length });
    expect(await appliedNames(url)).toEqual(all);
  });

  it("applies each file once when two instances start at the same moment", async () => {
    const url = await freshDatabase();
    const results = await Promise.all([migrateDatabase(url), migrateDatabase(url), migrateDatabase(url)]);
    expect(results.flatMap((result) => result.applied)).toEqual(all);
    expect(await appliedNames(url)).toEqual(all);
  });

  it("refuses to run when an applied migration was edited", async () => {
    const url = await freshDatabase();
    const migrations = copyOfMigrations("edited-migrations");
    await migrateDatabase(url, migrations);
    writeFileSync(path.join(migrations, "0001_init.sql"), "-- edited\n", { flag: "a" });
    await expect(migrateDatabase(url, migrations)).rejects.toThrow(/0001_init.sql was changed after it was applied/);
  });

  it("rolls back a failing migration completely, leaving nothing half-applied", async () => {
    const url = await freshDatabase();
    const migrations = copyOfMigrations("failing-migrations");
    await migrateDatabase(url, migrations);
    writeFileSync(path.join(migrations, "9999_broken.sql"), 'CREATE TABLE "Half" (id TEXT);\nTHIS IS NOT SQL;\n');
    await expect(migrateDatabase(url, migrations)).rejects.toThrow();
    const db = portalDb(url);
    try {
      await expect(db.count("Half")).rejects.toThrow(/Half/);
      expect(await db.count(MIGRATIONS_TABLE)).toBe(readdirSync(migrations).filter((name) => name.endsWith(".sql")).length - 1);
    } finally {
      await db.close();
    }
  });
});

describe(`the migrated ${TEST_DATABASE} database matches prisma/schema.prisma`, async () => {
  const url = await freshDatabase();
  await migrateDatabase(url);
  // Both generated clients share one model API; the SQLite client's type stands for both.
  const prisma =
    TEST_DATABASE === "sqlite"
      ? new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: sqliteFile(url) }) })
      : (new PrismaClientPg({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as PrismaClient);
  afterAll(() => prisma.$disconnect());

  it("writes and reads every model and every column through the client", async () => {
    const now = new Date("2026-11-29T10:00:00.000Z");
    const user = await prisma.user.create({
      data: {
        name: "Ada",
        email: "ada@example.com",
        emailVerified: now,
        image: "https://example.com/a.png",
        isAdmin: true,
        isActive: false,
        authProvider: "local",
        passwordHash: "scrypt$x",
        oktaGroups: '["Eng"]',
        lastLoginAt: now,
        lastLoginMfa: true,
        failedLogins: 2,
        lockedUntil: now,
        externalId: "00uAda",
        givenName: "Ada",
        familyName: "Lovelace",
      },
    });
    expect(await prisma.user.findUniqueOrThrow({ where: { email: "ada@example.com" } })).toMatchObject({
      name: "Ada",
      emailVerified: now,
      isAdmin: true,
      isActive: false,
      passwordHash: "scrypt$x",
      lastLoginMfa: true,
      failedLogins: 2,
      lockedUntil: now,
      externalId: "00uAda",
      givenName: "Ada",
      familyName: "Lovelace",
    });
    expect(user.createdAt).toBeInstanceOf(Date);
    expect(user.updatedAt).toBeInstanceOf(Date);

    await prisma.account.create({
      data: {
        userId: user.id,
        type: "oidc",
        provider: "okta",
        providerAccountId: "00u1",
        refresh_token: "r",
        access_token: "a",
        expires_at: 1_800_000_000,
        token_type: "Bearer",
        scope: "openid",
        id_token: "i",
        session_state: "s",
      },
    });
    expect(await prisma.account.findUniqueOrThrow({ where: { provider_providerAccountId: { provider: "okta", providerAccountId: "00u1" } } })).toMatchObject({
      expires_at: 1_800_000_000,
      id_token: "i",
    });

    await prisma.session.create({
      data: { sessionToken: "tok", userId: user.id, expires: now, provider: "local", ip: "127.0.0.1", userAgent: "test", lastSeenAt: now },
    });
    expect(await prisma.session.findUniqueOrThrow({ where: { sessionToken: "tok" } })).toMatchObject({ expires: now, provider: "local", lastSeenAt: now });

    await prisma.verificationToken.create({ data: { identifier: "ada@example.com", token: "v", expires: now } });
    expect(await prisma.verificationToken.findUniqueOrThrow({ where: { identifier_token: { identifier: "ada@example.com", token: "v" } } })).toMatchObject({
      expires: now,
    });

    const team = await prisma.team.create({ data: { id: "team-eng", name: "Engineering", source: "scim", externalId: "00gEng" } });
    expect(await prisma.team.findUniqueOrThrow({ where: { id: team.id } })).toMatchObject({ source: "scim", externalId: "00gEng" });
    await prisma.teamMember.create({ data: { teamId: team.id, userId: user.id, role: "owner", source: "okta" } });
    expect(await prisma.teamMember.findUniqueOrThrow({ where: { teamId_userId: { teamId: team.id, userId: user.id } } })).toMatchObject({
      role: "owner",
      source: "okta",
    });

    await prisma.auditEvent.create({
      data: {
        type: "sso.login",
        outcome: "success",
        reason: "r",
        actorId: user.id,
        actorEmail: user.email,
        subjectId: user.id,
        subjectEmail: user.email,
        ip: "::1",
        userAgent: "ua",
        details: "{}",
      },
    });
    expect(await prisma.auditEvent.count({ where: { type: "sso.login" } })).toBe(1);

    await prisma.apiToken.create({
      data: { name: "ci", kind: "scim", tokenHash: "h", prefix: "mcp_", userId: user.id, expiresAt: now, lastUsedAt: now, revokedAt: now },
    });
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

  it("has the console's list indexes (keyset pages never scan a whole table)", async () => {
    const db = portalDb(url);
    const sql =
      TEST_DATABASE === "sqlite"
        ? "SELECT name FROM sqlite_master WHERE type = 'index'"
        : "SELECT indexname AS name FROM pg_indexes WHERE schemaname = 'public'";
    const indexes = (await db.all<{ name: string }>(sql)).map((row) => row.name);
    await db.close();
    expect(indexes).toEqual(
      expect.arrayContaining([
        "Session_createdAt_idx",
        "AuditEvent_subjectEmail_createdAt_idx",
        "AuditEvent_actorEmail_createdAt_idx",
        "ApiToken_createdAt_idx",
      ]),
    );
  });

  it("enforces the schema's unique constraints", async () => {
    await prisma.user.create({ data: { email: "dup@example.com" } });
    await expect(prisma.user.create({ data: { email: "dup@example.com" } })).rejects.toThrow();
    await prisma.user.create({ data: { email: "ext1@example.com", externalId: "00uSame" } });
    await expect(prisma.user.create({ data: { email: "ext2@example.com", externalId: "00uSame" } })).rejects.toThrow();
  });
});
