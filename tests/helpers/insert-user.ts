import { randomBytes } from "node:crypto";
import { prismaTime, type PortalDb } from "./portal-db";

/** Inserts a user row the way Prisma stores it (ISO-8601 timestamps), as an admin's pre-creation would. */
export async function insertUser(db: PortalDb, email: string, fields: { isActive?: boolean; name?: string } = {}): Promise<string> {
  const id = `test${randomBytes(8).toString("hex")}`;
  const now = prismaTime();
  await db.run(
    `INSERT INTO "User" (id, email, name, "isActive", "authProvider", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, 'okta', ?, ?)`,
    id,
    email,
    fields.name ?? null,
    fields.isActive !== false,
    now,
    now,
  );
  return id;
}
