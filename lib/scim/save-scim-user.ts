import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/users/actor";
import { ScimError } from "./scim-error";
import type { ScimUserState } from "./scim-user-state";

/**
 * Creates (id null) or fully updates a user from SCIM, in one transaction: uniqueness of userName
 * and externalId is checked inside it, and `active:false` deletes every session of the user in
 * the same write, so their access ends with this request. Audited after the commit.
 */
export async function saveScimUser(id: string | null, state: ScimUserState, actor: Actor) {
  const { user, before, sessionsEnded } = await db.$transaction(async (tx) => {
    const before = id ? await tx.user.findUnique({ where: { id } }) : null;
    if (id && !before) throw new ScimError(404, `User ${id.slice(0, 64)} not found`);
    const others = { id: { not: id ?? "" } };
    if (await tx.user.findFirst({ where: { email: state.email, ...others }, select: { id: true } })) {
      throw new ScimError(409, `A user with userName ${state.email} already exists`, "uniqueness");
    }
    if (state.externalId && (await tx.user.findFirst({ where: { externalId: state.externalId, ...others }, select: { id: true } }))) {
      throw new ScimError(409, `A user with externalId ${state.externalId} already exists`, "uniqueness");
    }
    const data = { email: state.email, name: state.displayName, givenName: state.givenName, familyName: state.familyName, externalId: state.externalId, isActive: state.active };
    const reactivated = before && !before.isActive && state.active;
    // deactivatedAt keeps API tokens from before a deactivation dead after reactivation (authenticateToken).
    const deactivated = before?.isActive !== false && !state.active ? { deactivatedAt: new Date() } : {};
    const user = before
      ? await tx.user.update({ where: { id: before.id }, data: { ...data, ...deactivated, ...(reactivated ? { failedLogins: 0, lockedUntil: null } : {}) } })
      : await tx.user.create({ data: { ...data, authProvider: "okta" } });
    const sessionsEnded = state.active ? 0 : (await tx.session.deleteMany({ where: { userId: user.id } })).count;
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
  return ["email", "name", "givenName", "familyName", "externalId", "isActive"].filter((key) => before[key] !== after[key]);
}
