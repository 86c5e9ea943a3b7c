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

export function usedMfa(profile: SsoProfile): boolean {
  return Array.isArray(profile.amr) && profile.amr.includes("mfa");
}
