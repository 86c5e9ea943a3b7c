/**
 * Every event type the portal records: `recordAuditEvent` accepts only these, and the audit page's
 * filter offers all of them. Adding a type is one line here.
 */
export const AUDIT_EVENT_TYPES = [
  "sso.login",
  "sso.groups_claim_missing",
  "sso.mfa_step_up",
  "login.local",
  "login.local.lockout",
  "logout",
  "session.revoked",
  "user.created",
  "user.updated",
  "user.deactivated",
  "user.reactivated",
  "user.deleted",
  "users.exported",
  "user.universal_logout",
  "admin.granted",
  "admin.revoked",
  "team.created",
  "team.updated",
  "team.renamed",
  "team.deleted",
  "team.member_joined",
  "team.member_left",
  "team.member_role_changed",
  "team.memberships_synced",
  "token.created",
  "token.revoked",
  "auth.token_rejected",
  "scim.request",
  "okta.sync",
  "okta.event",
  "config.problem",
  "audit.exported",
] as const;

export type AuditEventType = (typeof AUDIT_EVENT_TYPES)[number];
