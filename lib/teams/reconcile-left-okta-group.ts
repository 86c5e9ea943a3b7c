import type { AuditEventInput } from "@/lib/audit/record-audit-event";
import { getConfig } from "@/lib/config/get-config";
import type { DbTransaction } from "@/lib/db/client";
import type { Actor } from "@/lib/users/actor";
import { reconcileOktaIdentity } from "./reconcile-okta-identity";

/**
 * Okta told the portal by SCIM that these users are no longer in the group named `groupName`
 * (removed from a pushed group, or the group renamed or deleted): drops it from their known Okta
 * groups and reconciles, so an admin taken out of an admin group loses the right now, not at their
 * next sign-in. Only takes away: a SCIM token can't make anyone an admin or join mapped teams.
 */
export async function reconcileLeftOktaGroup(tx: DbTransaction, userIds: string[], groupName: string, actor: Actor): Promise<AuditEventInput[]> {
  if (userIds.length === 0) return [];
  const config = getConfig();
  const left = groupName.toLowerCase();
  const users = await tx.user.findMany({
    where: { id: { in: userIds } },
    select: { id: true, email: true, isAdmin: true, adminSource: true, oktaGroups: true },
  });
  const events: AuditEventInput[] = [];
  for (const user of users) {
    const groups = JSON.parse(user.oktaGroups) as string[];
    if (!groups.some((group) => group.toLowerCase() === left)) continue;
    const remaining = groups.filter((group) => group.toLowerCase() !== left);
    const reconciled = await reconcileOktaIdentity(tx, user, remaining, config, { source: "scim", actor, mayGrant: false });
    events.push(...reconciled.events);
  }
  return events;
}
