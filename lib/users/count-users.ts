import { db } from "@/lib/db/client";

/** The overview's head counts; each is one indexed or small count query. */
export async function countUsers(now = new Date()) {
  const weekAgo = new Date(now.getTime() - 7 * 86_400_000);
  const [active, deactivated, admins, createdThisWeek, activeSessions] = await Promise.all([
    db.user.count({ where: { isActive: true } }),
    db.user.count({ where: { isActive: false } }),
    db.user.count({ where: { isAdmin: true } }),
    db.user.count({ where: { createdAt: { gte: weekAgo } } }),
    db.session.count({ where: { expires: { gt: now } } }),
  ]);
  return { active, deactivated, admins, createdThisWeek, activeSessions };
}
