import { db } from "@/lib/db/client";
import { ScimError } from "./scim-error";

/** The portal user behind a SCIM id, or a 404 SCIM error. */
export async function getScimUser(id: string) {
  const user = await db.user.findUnique({ where: { id } });
  if (!user) throw new ScimError(404, `User ${id.slice(0, 64)} not found`);
  return user;
}
