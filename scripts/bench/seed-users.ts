import Database from "better-sqlite3";
import { randomBytes } from "node:crypto";
import { seedName } from "../seed-name";

const prismaTime = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");

/**
 * Bulk-loads `count` users (each in one of 20 teams) straight into a migrated SQLite file: the
 * benchmark needs 100,000 rows in seconds, which `npm run db:seed` (through Prisma) can't give.
 * Returns the created-at/id of the middle user, for a deep keyset cursor.
 */
export function seedUsers(file: string, count: number): { middle: { createdAt: string; id: string } } {
  const db = new Database(file);
  const now = Date.now();
  const insertUser = db.prepare(
    `INSERT INTO "User" (id, email, name, isActive, isAdmin, authProvider, oktaGroups, createdAt, updatedAt, lastLoginAt) VALUES (?, ?, ?, ?, 0, 'okta', '["MCP Gateway Users"]', ?, ?, ?)`,
  );
  const insertMember = db.prepare(`INSERT INTO "TeamMember" (teamId, userId, role, source, createdAt) VALUES (?, ?, 'member', 'okta', ?)`);
  const insertTeam = db.prepare(`INSERT OR IGNORE INTO "Team" (id, name, source, createdAt, updatedAt) VALUES (?, ?, 'mapping', ?, ?)`);
  let middle = { createdAt: "", id: "" };
  db.transaction(() => {
    for (let t = 0; t < 20; t++) insertTeam.run(`bench-team-${t}`, `Team ${t}`, prismaTime(now), prismaTime(now));
    for (let i = 0; i < count; i++) {
      const id = `bench${randomBytes(10).toString("hex")}`;
      const createdAt = prismaTime(now - i * 60_000);
      const { first, last } = seedName(i);
      insertUser.run(
        id,
        `${first}.${last}.${i}@example.com`.toLowerCase(),
        `${first} ${last}`,
        i % 33 === 0 ? 0 : 1,
        createdAt,
        createdAt,
        i % 9 === 0 ? null : createdAt,
      );
      insertMember.run(`bench-team-${i % 20}`, id, createdAt);
      if (i === Math.floor(count / 2)) middle = { createdAt, id };
    }
  })();
  db.close();
  return { middle };
}
