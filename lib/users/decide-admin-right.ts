export interface AdminRight {
  isAdmin: boolean;
  adminSource: string | null;
}

export interface AdminDecision extends AdminRight {
  change: "granted" | "revoked" | null;
}

export interface AdminDecisionOptions {
  /** The identity is being linked to an existing user now: an admin flag is kept only if granted by hand or by a group now. */
  linking?: boolean;
  /** false when the source may only take the right away (a SCIM group push cannot mint admins). */
  mayGrant?: boolean;
}

/**
 * What an Okta identity's admin right should be, given its current Okta groups (null when Okta
 * did not say) and SSO_OKTA_ADMIN_GROUPS (lower-cased). A hand-made grant ("manual") is never
 * touched; an Okta grant follows the groups, and is revoked when no admin group is configured
 * any more; an unknown groups list changes nothing, except that a link never inherits a flag.
 */
export function decideAdminRight(current: AdminRight, groups: string[] | null, adminGroups: string[], options: AdminDecisionOptions = {}): AdminDecision {
  const keep: AdminDecision = { ...current, change: null };
  if (current.isAdmin && current.adminSource === "manual") return keep;
  const inAdminGroup = groups !== null && groups.some((group) => adminGroups.includes(group.toLowerCase()));
  if (inAdminGroup) {
    if (current.isAdmin) return { isAdmin: true, adminSource: "okta", change: null };
    return options.mayGrant === false ? keep : { isAdmin: true, adminSource: "okta", change: "granted" };
  }
  if (!current.isAdmin) return keep;
  const revoke: AdminDecision = { isAdmin: false, adminSource: null, change: "revoked" };
  if (options.linking) return revoke;
  if (current.adminSource !== "okta") return keep;
  return groups !== null || adminGroups.length === 0 ? revoke : keep;
}
