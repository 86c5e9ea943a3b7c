/** The claims the portal reads from an Okta ID token or userinfo response. */
export interface SsoProfile {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
  preferred_username?: string;
  amr?: string[];
  [claim: string]: unknown;
}

/** Group names from the configured groups claim; Okta sends an array of names. */
export function groupsOf(profile: SsoProfile, claim: string): string[] {
  const value = profile[claim];
  return Array.isArray(value) ? value.filter((group): group is string => typeof group === "string") : [];
}

export function usedMfa(profile: SsoProfile): boolean {
  return Array.isArray(profile.amr) && profile.amr.includes("mfa");
}
