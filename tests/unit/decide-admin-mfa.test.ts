import { describe, expect, it } from "vitest";
import { decideAdminMfa } from "@/lib/sso/decide-admin-mfa";
import { usedMfa } from "@/lib/sso/sso-profile";

describe("decideAdminMfa (SSO_REQUIRE_MFA_FOR_ADMINS)", () => {
  const admin = { required: true, isAdmin: true, mfa: false, steppedUp: false };

  it("asks Okta once for MFA, then withholds the admin view", () => {
    expect(decideAdminMfa(admin)).toBe("step_up");
    expect(decideAdminMfa({ ...admin, steppedUp: true })).toBe("withheld");
  });

  it("grants the admin view with MFA, before or after a step-up", () => {
    expect(decideAdminMfa({ ...admin, mfa: true })).toBe("satisfied");
    expect(decideAdminMfa({ ...admin, mfa: true, steppedUp: true })).toBe("satisfied");
  });

  it("changes nothing for non-admins or when the policy is off", () => {
    expect(decideAdminMfa({ ...admin, isAdmin: false })).toBe("not_required");
    expect(decideAdminMfa({ ...admin, required: false })).toBe("not_required");
  });
});

describe("usedMfa", () => {
  it.each([["mfa"], ["otp"], ["sms"], ["tel"], ["hwk"], ["swk"], ["pop"], ["face"], ["fpt"]])("counts amr %s as MFA", (method) => {
    expect(usedMfa({ sub: "00u1", amr: ["pwd", method] })).toBe(true);
  });

  it("does not count a password, a security question, or a malformed amr", () => {
    expect(usedMfa({ sub: "00u1", amr: ["pwd"] })).toBe(false);
    expect(usedMfa({ sub: "00u1", amr: ["pwd", "kba"] })).toBe(false);
    expect(usedMfa({ sub: "00u1", amr: "mfa" as never })).toBe(false);
    expect(usedMfa({ sub: "00u1" })).toBe(false);
  });
});
