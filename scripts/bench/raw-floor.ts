import Database from "better-sqlite3";
import { Client } from "pg";
import { sqliteFile } from "@/lib/db/sqlite-file";

const USER_COLUMNS = `id, name, email, "emailVerified", image, "isAdmin", "adminSource", "isActive", "authProvider", "oktaGroups", "lastLoginAt", "lastLoginMfa", "failedLogins", "lockedUntil", "createdAt", "updatedAt"`;
const PAGE = `ORDER BY "createdAt" DESC, id DESC LIMIT 51`;

export interface RawFloor {
  /** One users page the way Prisma reads it: the users, their memberships, the teams' names. */
  page: (where: string, params: unknown[]) => Promise<void>;
  close: () => Promise<void>;
}

/** The floor: the same queries as the API, sent straight through the database driver (`?` placeholders). */
export async function rawFloor(kind: "sqlite" | "postgresql", url: string): Promise<RawFloor> {
  if (kind === "sqlite") {
    const db = new Database(sqliteFile(url), { readonly: true });
    const all = (sql: string, params: unknown[]) => db.prepare(sql).all(...params) as Record<string, string>[];
    return { page: async (where, params) => follow(where, params, async (sql, p) => all(sql, p)), close: async () => void db.close() };
  }
  const client = new Client({ connectionString: url });
  await client.connect();
  const all = async (sql: string, params: unknown[]) => {
    let n = 0;
    return (
      await client.query(
        sql.replace(/\?/g, () => `$${++n}`),
        params,
      )
    ).rows as Record<string, string>[];
  };
  return { page: (where, params) => follow(where, params, all), close: () => client.end() };
}

async function follow(where: string, params: unknown[], all: (sql: string, params: unknown[]) => Promise<Record<string, string>[]>) {
  const ids = (await all(`SELECT ${USER_COLUMNS} FROM "User" WHERE ${where} ${PAGE}`, params)).map((u) => u.id);
  const members = await all(`SELECT "teamId", "userId", role, source, "createdAt" FROM "TeamMember" WHERE "userId" IN (${ids.map(() => "?").join(",")})`, ids);
  const teams = [...new Set(members.map((m) => m.teamId))];
  if (teams.length) await all(`SELECT id, name FROM "Team" WHERE id IN (${teams.map(() => "?").join(",")})`, teams);
}
