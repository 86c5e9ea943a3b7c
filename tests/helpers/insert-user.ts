import { randomBytes } from "node:crypto";
import { prismaTime, type portalDb } from "./portal-db";

/** Inserts a user row the way Prisma stores it (ISO-8601 timestamps), as an admin's pre-creation would. */
export function insertUser(db: ReturnType<typeof portalDb>, email: string, fields: { isActive?: boolean; name?: string } = {}): string {
  const id = `test${randomBytes(8).toString("hex")}`;
  const now = prismaTime();
  db.run(`INSERT INTO "User" (id, email, name, isActive, authProvider, createdAt, updatedAt) VALUES (?, ?, ?, ?, 'okta', ?, ?)`, id, email, fields.name ?? null, fields.isActive === false ? 0 : 1, now, now);
  return id;
}
