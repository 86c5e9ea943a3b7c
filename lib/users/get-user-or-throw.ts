import { DomainError } from "@/lib/errors/domain-error";
import { db } from "@/lib/db/client";

/** One user with their teams, or a 404 the API wrapper turns into `{"detail": …}`. */
export async function getUserOrThrow(id: string) {
  const user = await db.user.findUnique({ where: { id }, include: { memberships: { include: { team: { select: { name: true } } } } } });
  if (!user) throw new DomainError("not_found", `No user with id '${id.slice(0, 64)}'`);
  return user;
}
