import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/users/actor";
import { deactivateUser } from "@/lib/users/deactivate-user";
import { reactivateUser } from "@/lib/users/reactivate-user";
import { ScimError } from "./scim-error";
import type { ScimUserState } from "./scim-user-state";

/**
 * Creates (id null) or fully updates a user from SCIM, in one transaction: uniqueness of userName
 * and externalId is checked inside it, and `active:false` deactivates the user (deactivateUser:
 * sessions and tokens end) in the same transaction, so their access ends with this request.
 */
export async function saveScimUser(id: string | null, state: ScimUserState, actor: Actor) {
  const { user, before } = await db.$transaction(async (tx) => {
    const before = id ? await tx.user.findUnique({ where: { id } }) : null;
    if (id && !before) throw new ScimError(404, `User ${id.slice(0, 64)} not found`);
    const others = { id: { not: id ?? "" } };
    if (await tx.user.findFirst({ where: { email: state.email, ...others }, select: { id: true } })) {
      throw new ScimError(409, `A user with userName ${state.email} already exists`, "uniqueness");
    }
    if (state.externalId && (await tx.user.findFirst({ where: { externalId: state.externalId, ...others }, select: { id: true } }))) {
      throw new ScimError(409, `A user with externalId ${state.externalId} already exists`, "uniqueness");
    }
    const data = { email: state.email, name: state.displayName, givenName: state.givenName, familyName: state.familyName, externalId: state.externalId };
    const saved = before ? await tx.user.update({ where: { id: before.id }, data }) : await tx.user.create({ data: { ...data, authProvider: "okta" } });
    // Activation changes go through the shared functions: sessions and tokens end with a deactivation.
    let user = saved;
    if (before?.isActive !== false && !state.active) user = await deactivateUser(saved.id, actor, "scim", tx);
    if (before && !before.isActive && state.active) user = await reactivateUser(saved.id, actor, "scim", tx);
    return { user, before };
  });

  const details = { source: "scim" };
  if (!before) await recordAuditEvent({ type: "user.created", outcome: "success", actor, subject: user, details: { ...details, externalId: user.externalId } });
  else await recordAuditEvent({ type: "user.updated", outcome: "success", actor, subject: user, details: { ...details, changed: changedFields(before, user) } });
  return user;
}

function changedFields<T extends Record<string, unknown>>(before: T, after: T): string[] {
  return ["email", "name", "givenName", "familyName", "externalId", "isActive"].filter((key) => before[key] !== after[key]);
}
