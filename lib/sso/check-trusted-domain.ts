import { lowerAscii } from "@/lib/users/lower-ascii";
import { SsoRefusal } from "./sso-refusal";

/**
 * SSO_TRUSTED_DOMAINS: exact, case-insensitive domain match; an empty list trusts every domain.
 * Subdomains are not trusted (list them), and an address with more than one "@" is refused: a
 * consumer splitting at the first "@" would see another domain than the one checked here.
 */
export function checkTrustedDomain(email: string, trustedDomains: string[]): void {
  if (trustedDomains.length === 0) return;
  const at = email.lastIndexOf("@");
  // Trusted domains are ASCII (the config refuses anything else), so a look-alike never equals one.
  const domain = lowerAscii(email.slice(at + 1));
  const plainAddress = at > 0 && email.indexOf("@") === at;
  if (!plainAddress || !trustedDomains.includes(domain)) throw new SsoRefusal("untrusted_domain", `domain ${domain} is not in SSO_TRUSTED_DOMAINS`, { domain });
}
