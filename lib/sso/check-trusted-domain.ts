import { SsoRefusal } from "./sso-refusal";

/** SSO_TRUSTED_DOMAINS: exact, case-insensitive domain match; an empty list trusts every domain. */
export function checkTrustedDomain(email: string, trustedDomains: string[]): void {
  if (trustedDomains.length === 0) return;
  const domain = email.slice(email.lastIndexOf("@") + 1).toLowerCase();
  if (!trustedDomains.includes(domain)) throw new SsoRefusal("untrusted_domain", `domain ${domain} is not in SSO_TRUSTED_DOMAINS`, { domain });
}
