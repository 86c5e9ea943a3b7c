import { db } from "@/lib/db/client";

const WINDOW_MS = 24 * 3600_000;

export interface GroupsClaimWarning {
  count: number;
  lastAt: Date;
  reason: string | null;
}

/** Okta sign-ins in the last 24 hours whose groups claim was missing or malformed, for the Overview; null when none. */
export async function getGroupsClaimWarning(): Promise<GroupsClaimWarning | null> {
  const where = { type: "sso.groups_claim_missing", createdAt: { gte: new Date(Date.now() - WINDOW_MS) } };
  const [count, last] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findFirst({ where, orderBy: { createdAt: "desc" }, select: { createdAt: true, reason: true } }),
  ]);
  return last ? { count, lastAt: last.createdAt, reason: last.reason } : null;
}
