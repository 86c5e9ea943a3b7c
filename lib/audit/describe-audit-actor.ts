/** Who acted, as an admin reads it: a person's email, or the system source when no person acted. */
export interface AuditActor {
  label: string;
  /** True when the label names a part of the system rather than a person. */
  system: boolean;
}

const NAMED_SOURCES: Record<string, string> = {
  "okta:universal-logout": "Okta Universal Logout",
  "okta:event-hook": "Okta event hook",
  "okta:sync": "directory sync",
};

// details.source values that name who started the change when no actor was recorded.
const SOURCE_LABELS: Record<string, string> = {
  okta: "Okta sign-in",
  sso: "Okta sign-in",
  "okta-sync": "directory sync",
  scim: "SCIM",
  PLATFORM_ADMIN_EMAIL: "start-up",
};

function systemLabel(type: string, source: unknown): string {
  if (type === "okta.sync" || type === "team.memberships_synced") return "directory sync";
  if (type.startsWith("config.") || type === "start" || type.startsWith("start.")) return "start-up";
  if (type === "sso.login") return "Okta sign-in";
  if (typeof source === "string" && SOURCE_LABELS[source]) return SOURCE_LABELS[source];
  if (type.startsWith("login.local")) return "password sign-in";
  if (type === "auth.token_rejected") return "token check";
  return "system";
}

export function describeAuditActor(event: { type: string; actorEmail: string | null; details: Record<string, unknown> }): AuditActor {
  const email = event.actorEmail;
  if (email && NAMED_SOURCES[email]) return { label: NAMED_SOURCES[email], system: true };
  if (email?.startsWith("scim:")) return { label: `SCIM (${email.slice("scim:".length)})`, system: true };
  if (email && email !== "system") return { label: email, system: false };
  return { label: systemLabel(event.type, event.details.source), system: true };
}
