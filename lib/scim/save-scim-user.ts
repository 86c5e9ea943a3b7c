import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/users/actor";
import { checkScimUserUnique } from "./check-scim-user-unique";
import { getScimUser } from "./get-scim-user";
import { SCIM_USER_SCOPE } from "./scim-scope";
import type { ScimUserState } from "./scim-user-state";

/**
 * Creates (id null) or fully updates an Okta-owned user from SCIM, in one transaction: uniqueness
 * is checked inside it, and `active:false` deletes every session of the user in the same write,
 * so their access ends with this request. `active: null` keeps the current value (a new user
 * starts active). Audited after the commit.
 */
export async function saveScimUser(id: string | null, state: ScimUserState, actor: Actor) {
  const { user, before, sessionsEnded } = await db.$transaction(async (tx) => {
    const before = id ? await getScimUser(id, tx) : null;
    await checkScimUserUnique(tx, id, state);
    const active = state.active ?? before?.isActive ?? true;
    const data = { userName: state.userName, email: state.email, name: state.displayName, givenName: state.givenName, familyName: state.familyName, externalId: state.externalId, isActive: active };
    const reactivated = before && !before.isActive && active;
    // deactivatedAt keeps API tokens from before a deactivation dead after reactivation (authenticateToken).
    const deactivated = before?.isActive !== false && !active ? { deactivatedAt: new Date() } : {};
    const user = before
      ? await tx.user.update({ where: { id: before.id }, data: { ...data, ...deactivated, ...(reactivated ? { failedLogins: 0, lockedUntil: null } : {}) } })
      : await tx.user.create({ data: { ...data, ...SCIM_USER_SCOPE } });
    const sessionsEnded = active ? 0 : (await tx.session.deleteMany({ where: { userId: user.id } })).count;
    return { user, before, sessionsEnded };
  });

  const details = { source: "scim" };
  if (!before) await recordAuditEvent({ type: "user.created", outcome: "success", actor, subject: user, details: { ...details, externalId: user.externalId } });
  else await recordAuditEvent({ type: "user.updated", outcome: "success", actor, subject: user, details: { ...details, changed: changedFields(before, user) } });
  if (before?.isActive !== false && !user.isActive) await recordAuditEvent({ type: "user.deactivated", outcome: "success", actor, subject: user, details: { ...details, sessionsEnded } });
  if (before && !before.isActive && user.isActive) await recordAuditEvent({ type: "user.reactivated", outcome: "success", actor, subject: user, details });
  return user;
}

function changedFields<T extends Record<string, unknown>>(before: T, after: T): string[] {
  return ["userName", "email", "name", "givenName", "familyName", "externalId", "isActive"].filter((key) => before[key] !== after[key]);
}
