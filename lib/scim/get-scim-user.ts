import { db, type Db } from "@/lib/db/client";
import { refuseNul } from "./refuse-nul";
import { ScimError } from "./scim-error";
import { SCIM_USER_SCOPE } from "./scim-scope";

/** The Okta-owned user behind a SCIM id, or a 404 SCIM error: other users don't exist for SCIM. */
export async function getScimUser(id: string, client: Pick<Db, "user"> = db) {
  refuseNul(id, "The user id");
  const user = await client.user.findFirst({ where: { id, ...SCIM_USER_SCOPE } });
  if (!user) throw new ScimError(404, `User ${id.slice(0, 64)} not found`);
  return user;
}
