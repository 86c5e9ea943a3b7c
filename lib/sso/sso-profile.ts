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

/**
 * amr values (RFC 8176) that Okta sends only when a factor beyond the password was verified:
 * "mfa" itself, or the factor (one-time code, SMS, voice call, hardware/software key, Okta Verify
 * proof of possession, face, fingerprint). "pwd" and "kba" (security question) are not MFA.
 */
const MFA_AMR = new Set(["mfa", "otp", "sms", "tel", "hwk", "swk", "pop", "face", "fpt"]);

export function usedMfa(profile: SsoProfile): boolean {
  return Array.isArray(profile.amr) && profile.amr.some((method) => MFA_AMR.has(method));
}
