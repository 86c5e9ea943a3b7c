import type { AuditEventInput } from "@/lib/audit/record-audit-event";
import type { Config } from "@/lib/config/parse-config";
import type { DbTransaction } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/users/actor";
import { decideAdminRight } from "@/lib/users/decide-admin-right";
import { planOktaMemberships, type CurrentMembership, type MembershipChange } from "./plan-okta-memberships";

export interface OktaIdentityUser {
  id: string;
  email: string;
  isAdmin: boolean;
  adminSource: string | null;
  /** The user's memberships as read in this transaction; read here when not given. */
  memberships?: CurrentMembership[];
}

export interface ReconcileOptions {
  /** Recorded as details.source: "sso", "okta-sync", "scim". */
  source: string;
  actor?: Actor;
  /** The identity is being linked to an existing user now (see decideAdminRight). */
  linking?: boolean;
  /** false: only take rights and memberships away (a SCIM group push may not grant them). */
  mayGrant?: boolean;
  /** More columns for the same user update (a sign-in's last-login fields), so it stays one statement. */
  userData?: Prisma.UserUpdateInput;
}

export interface Reconciliation {
  /** The admin right after reconciling. */
  isAdmin: boolean;
  adminChange: "granted" | "revoked" | null;
  memberships: MembershipChange[];
  /** The audit events describing the changes, for the caller to write with its own (in the same transaction). */
  events: AuditEventInput[];
}

/**
 * The one place an Okta identity's portal admin right and Okta-sourced team memberships are made
 * to follow its Okta groups (`groups` null: Okta did not say, so nothing group-derived changes).
 * Sign-in, directory sync and SCIM group pushes all call it inside their transaction; the user's
 * row is written once, memberships in batches. The API and console read isAdmin on every
 * request, so a revocation takes effect at the user's next request.
 */
export async function reconcileOktaIdentity(
  tx: DbTransaction,
  user: OktaIdentityUser,
  groups: string[] | null,
  config: Config,
  options: ReconcileOptions,
): Promise<Reconciliation> {
  const admin = decideAdminRight(user, groups, config.sso.adminGroups, { linking: options.linking, mayGrant: options.mayGrant });
  const adminData = admin.isAdmin !== user.isAdmin || admin.adminSource !== user.adminSource ? { isAdmin: admin.isAdmin, adminSource: admin.adminSource } : {};
  const data = { ...options.userData, ...adminData, ...(groups ? { oktaGroups: JSON.stringify(groups) } : {}) };
  if (Object.keys(data).length > 0) await tx.user.update({ where: { id: user.id }, data, select: { id: true } });

  let memberships: MembershipChange[] = [];
  if (groups) {
    const current = user.memberships ?? (await tx.teamMember.findMany({ where: { userId: user.id }, select: { teamId: true, role: true, source: true } }));
    memberships = planOktaMemberships(current, groups, config.sso.groupMapping, { mayGrant: options.mayGrant });
    await applyMembershipChanges(tx, user.id, memberships);
  }

  const subject = { id: user.id, email: user.email };
  const events: AuditEventInput[] = [];
  if (admin.change)
    events.push({
      type: `admin.${admin.change}`,
      outcome: "success",
      actor: options.actor,
      subject,
      details: { source: options.source, groups, linking: options.linking || undefined },
    });
  for (const membership of memberships) {
    events.push({
      type: `team.member_${membership.change}`,
      outcome: "success",
      actor: options.actor,
      subject,
      details: { ...membership, source: options.source },
    });
  }
  return { isAdmin: admin.isAdmin, adminChange: admin.change, memberships, events };
}

async function applyMembershipChanges(tx: DbTransaction, userId: string, changes: MembershipChange[]): Promise<void> {
  const joined = changes.filter((change) => change.change === "joined");
  if (joined.length > 0) {
    // Mapped teams are created on first use, named after their group.
    const existing = new Set(
      (await tx.team.findMany({ where: { id: { in: joined.map((change) => change.teamId) } }, select: { id: true } })).map((team) => team.id),
    );
    const missing = joined.filter((change) => !existing.has(change.teamId));
    if (missing.length > 0)
      await tx.team.createMany({ data: missing.map((change) => ({ id: change.teamId, name: change.group ?? change.teamId, source: "mapping" })) });
    await tx.teamMember.createMany({ data: joined.map((change) => ({ teamId: change.teamId, userId, role: change.role, source: "okta" })) });
  }
  for (const role of new Set(changes.filter((change) => change.change === "role_changed").map((change) => change.role))) {
    const teamIds = changes.filter((change) => change.change === "role_changed" && change.role === role).map((change) => change.teamId);
    await tx.teamMember.updateMany({ where: { userId, teamId: { in: teamIds } }, data: { role } });
  }
  const left = changes.filter((change) => change.change === "left").map((change) => change.teamId);
  if (left.length > 0) await tx.teamMember.deleteMany({ where: { userId, teamId: { in: left } } });
}
