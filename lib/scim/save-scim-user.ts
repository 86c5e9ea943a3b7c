import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/users/actor";
import { deactivateUser } from "@/lib/users/deactivate-user";
import { reactivateUser } from "@/lib/users/reactivate-user";
import { checkScimUserUnique } from "./check-scim-user-unique";
import { getScimUser } from "./get-scim-user";
import { SCIM_USER_SCOPE } from "./scim-scope";
import type { ScimUserState } from "./scim-user-state";

/**
 * Creates (id null) or fully updates an Okta-owned user from SCIM, in one transaction: uniqueness
 * is checked inside it, and `active:false` deactivates the user (deactivateUser: sessions and
 * tokens end) in the same transaction, so their access ends with this request. `active: null`
 * keeps the current value (a new user starts active). Audited after the commit.
 */
export async function saveScimUser(id: string | null, state: ScimUserState, actor: Actor) {
  const { user, before } = await db.$transaction(async (tx) => {
    const before = id ? await getScimUser(id, tx) : null;
    await checkScimUserUnique(tx, id, state);
    const active = state.active ?? before?.isActive ?? true;
    const data = {
      userName: state.userName,
      email: state.email,
      name: state.displayName,
      givenName: state.givenName,
      familyName: state.familyName,
      externalId: state.externalId,
    };
    const saved = before ? await tx.user.update({ where: { id: before.id }, data }) : await tx.user.create({ data: { ...data, ...SCIM_USER_SCOPE } });
    // Activation changes go through the shared functions: sessions and tokens end with a deactivation.
    let user = saved;
    if (before?.isActive !== false && !active) user = await deactivateUser(saved.id, actor, "scim", tx);
    if (before && !before.isActive && active) user = await reactivateUser(saved.id, actor, "scim", tx);
    return { user, before };
  });

  const details = { source: "scim" };
  if (!before) await recordAuditEvent({ type: "user.created", outcome: "success", actor, subject: user, details: { ...details, externalId: user.externalId } });
  else
    await recordAuditEvent({ type: "user.updated", outcome: "success", actor, subject: user, details: { ...details, changed: changedFields(before, user) } });
  return user;
}

function changedFields<T extends Record<string, unknown>>(before: T, after: T): string[] {
  return ["userName", "email", "name", "givenName", "familyName", "externalId", "isActive"].filter((key) => before[key] !== after[key]);
}
