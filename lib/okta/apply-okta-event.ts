import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Config } from "@/lib/config/parse-config";
import { db } from "@/lib/db/client";
import { recordAuditEvents } from "@/lib/audit/record-audit-events";
import { reconcileOktaIdentity } from "@/lib/teams/reconcile-okta-identity";
import { deactivateUser } from "@/lib/users/deactivate-user";
import { fetchOktaProfile } from "./fetch-okta-profile";
import { findOktaUser } from "./find-okta-user";
import type { OktaEvent } from "./okta-event-schema";

const ACTOR = { email: "okta:event-hook" };
const ENDS_ACCESS = new Set(["user.lifecycle.deactivate", "user.lifecycle.suspend", "user.lifecycle.delete.initiated"]);
const RESTORES_ACCESS = new Set(["user.lifecycle.reactivate", "user.lifecycle.unsuspend"]);
const MEMBERSHIP = { "group.user_membership.add": "add", "group.user_membership.remove": "remove" } as const;

/**
 * Applies one Okta event to the portal and says what it did. Every handler is idempotent (Okta may
 * deliver an event twice, and two instances may both apply a stored one): deactivation, a group set
 * recomputed from the stored one, a profile read back from Okta.
 */
export async function applyOktaEvent(config: Config, event: OktaEvent): Promise<string> {
  const oktaUserId = event.target?.find((target) => target.type === "User")?.id;
  const known =
    ENDS_ACCESS.has(event.eventType) ||
    RESTORES_ACCESS.has(event.eventType) ||
    event.eventType in MEMBERSHIP ||
    event.eventType === "user.account.update_profile";
  if (!known) return "ignored: event type not handled";
  const user = oktaUserId ? await findOktaUser({ oktaUserId }) : null;
  if (!user) return "ignored: not a portal user";
  const details = { eventType: event.eventType, eventId: event.uuid, published: event.published };

  if (ENDS_ACCESS.has(event.eventType)) {
    if (!user.isActive) return "already deactivated";
    await deactivateUser(user.id, ACTOR, `okta-event-hook: ${event.eventType}`);
    return "deactivated";
  }
  if (RESTORES_ACCESS.has(event.eventType)) {
    // Reactivation stays a decision of an admin or of SCIM: Okta unsuspending someone is only noted.
    await recordAuditEvent({ type: "okta.event", outcome: "success", reason: "reactivation_not_automatic", actor: ACTOR, subject: user, details });
    return "noted: reactivation is left to an admin or SCIM";
  }
  if (event.eventType in MEMBERSHIP) {
    const group = event.target?.find((target) => target.type === "UserGroup")?.displayName;
    if (!group) return "ignored: no group in the event";
    const change = MEMBERSHIP[event.eventType as keyof typeof MEMBERSHIP];
    const newer = await db.oktaEvent.count({
      where: { oktaUserId, groupName: group.toLowerCase(), appliedAt: { not: null }, published: { gt: new Date(event.published) } },
    });
    if (newer > 0) return "stale: a newer change of this membership was already applied";
    const current = JSON.parse(user.oktaGroups) as string[];
    const others = current.filter((name) => name.toLowerCase() !== group.toLowerCase());
    const groups = change === "add" ? [...others, group] : others;
    // The same reconciliation as sign-in and sync: team memberships and the admin right follow the groups.
    const reconciled = await db.$transaction(async (tx) => {
      const result = await reconcileOktaIdentity(tx, user, groups, config, { source: "okta-event-hook", actor: ACTOR });
      await recordAuditEvents(tx, result.events);
      return result;
    });
    const changes = reconciled.memberships.length + (reconciled.adminChange ? 1 : 0);
    return `group ${change === "add" ? "added" : "removed"}: ${changes} change(s)`;
  }
  // user.account.update_profile names the user but not the new values: read them back from Okta.
  if (!config.oktaApi) return "ignored: profile changes need OKTA_API_TOKEN (the next sign-in or SCIM push brings them)";
  const profile = await fetchOktaProfile(config.oktaApi, oktaUserId!);
  if (!profile) return "ignored: Okta no longer knows the user";
  const emailTaken = profile.email !== user.email && (await db.user.count({ where: { email: profile.email } })) > 0;
  await db.user.update({ where: { id: user.id }, data: { name: profile.name ?? user.name, ...(emailTaken ? {} : { email: profile.email }) } });
  await recordAuditEvent({
    type: "user.updated",
    outcome: "success",
    actor: ACTOR,
    subject: { id: user.id, email: emailTaken ? user.email : profile.email },
    details: { ...details, emailKept: emailTaken },
  });
  return emailTaken ? "profile updated; new email already belongs to another user" : "profile updated";
}
