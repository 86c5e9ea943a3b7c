import { db } from "@/lib/db/client";

/** The latest audit events about one user (as subject or actor), newest first. */
export async function listRecentEvents(userId: string, take = 20) {
  return db.auditEvent.findMany({ where: { OR: [{ subjectId: userId }, { actorId: userId }] }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take });
}
