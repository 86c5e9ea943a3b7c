import { describe, expect, it } from "vitest";
import { normalizeEmail } from "@/lib/users/normalize-email";
import { parseConfig } from "@/lib/config/parse-config";
import { checkTrustedDomain } from "@/lib/sso/check-trusted-domain";
import { SsoRefusal } from "@/lib/sso/sso-refusal";

// The list as the portal holds it: parsed from SSO_TRUSTED_DOMAINS, written here in mixed case.
const trusted = (...domains: string[]) => parseConfig({ SSO_ENABLED: "false", SSO_TRUSTED_DOMAINS: JSON.stringify(domains) }).sso.trustedDomains;
const EXAMPLE = trusted("Example.com", "corp.example.org");

function refusal(email: string, domains = EXAMPLE): SsoRefusal {
  try {
    checkTrustedDomain(email, domains);
  } catch (error) {
    if (error instanceof SsoRefusal) return error;
    throw error;
  }
  throw new Error(`${email} was admitted`);
}

describe("checkTrustedDomain", () => {
  it.each(["alice@example.com", "Alice@EXAMPLE.COM", "bob@corp.example.org", "first.last+tag@Corp.Example.Org"])("admits %s", (email) => {
    expect(() => checkTrustedDomain(email, EXAMPLE)).not.toThrow();
  });

  it.each([
    ["a subdomain of a trusted domain", "alice@mail.example.com"],
    ["the parent of a trusted subdomain", "alice@example.org"],
    ["a domain that ends like a trusted one", "alice@evilexample.com"],
    ["a trusted name inside a longer domain", "alice@example.com.evil.com"],
    ["a trailing dot", "alice@example.com."],
    ["surrounding space", "alice@example.com "],
    ["a trusted domain before a second @", "alice@example.com@evil.com"],
    ["a second @ before a trusted domain", "attacker@evil.com@example.com"],
    ["no @ at all", "example.com"],
    ["an empty local part", "@example.com"],
    ["a Cyrillic а look-alike", "alice@exаmple.com"],
    ["a fullwidth look-alike", "alice@ｅxample.com"],
    ["the punycode of a look-alike", "alice@xn--exmple-4nf.com"],
  ])("refuses %s (%s)", (_why, email) => {
    expect(refusal(email).code).toBe("untrusted_domain");
  });

  it("refuses the Kelvin sign, which String#toLowerCase() turns into k", () => {
    const kelvin = trusted("kelvin.example");
    expect(() => checkTrustedDomain("alice@kelvin.example", kelvin)).not.toThrow();
    expect(refusal("alice@\u212Aelvin.example", kelvin).code).toBe("untrusted_domain");
  });

  it("names the refused domain for the login page", () => {
    expect(refusal("alice@Other.com").params).toEqual({ domain: "other.com" });
  });

  it("trusts every domain when the list is empty (SSO_TRUSTED_DOMAINS unset)", () => {
    const none = parseConfig({ SSO_ENABLED: "false" }).sso.trustedDomains;
    expect(none).toEqual([]);
    for (const email of ["alice@example.com", "bob@anything.test", "carol@sub.domain.example"]) expect(() => checkTrustedDomain(email, none)).not.toThrow();
  });
});

describe("normalizeEmail", () => {
  it("lower-cases ASCII letters only, so a Kelvin-sign look-alike stays a different address", () => {
    expect(normalizeEmail("  Ada@Example.COM ")).toBe("ada@example.com");
    expect(normalizeEmail("ada@exampl\u212Ae.com")).not.toBe("ada@example.com");
    expect(normalizeEmail("\u212Aim@example.com")).toBe("\u212Aim@example.com");
  });
});
