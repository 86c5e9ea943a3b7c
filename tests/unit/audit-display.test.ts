import { describe, expect, it } from "vitest";
import { describeAuditActor } from "@/lib/audit/describe-audit-actor";
import { readAuditDetails } from "@/lib/audit/read-audit-details";

describe("describeAuditActor", () => {
  it.each([
    [{ type: "user.created", actorEmail: "scim:okta", details: {} }, "SCIM (okta)"],
    [{ type: "session.revoked", actorEmail: "okta:universal-logout", details: {} }, "Okta Universal Logout"],
    [{ type: "user.deactivated", actorEmail: "okta:event-hook", details: {} }, "Okta event hook"],
    [{ type: "config.problem", actorEmail: "system", details: {} }, "start-up"],
    [{ type: "config.problem", actorEmail: null, details: {} }, "start-up"],
    [{ type: "user.created", actorEmail: null, details: { source: "PLATFORM_ADMIN_EMAIL" } }, "start-up"],
    [{ type: "okta.sync", actorEmail: null, details: {} }, "directory sync"],
    [{ type: "team.memberships_synced", actorEmail: null, details: { source: "okta-sync" } }, "directory sync"],
    [{ type: "sso.login", actorEmail: null, details: { provider: "okta" } }, "Okta sign-in"],
    [{ type: "admin.granted", actorEmail: null, details: { source: "okta" } }, "Okta sign-in"],
    [{ type: "user.created", actorEmail: null, details: { source: "sso" } }, "Okta sign-in"],
    [{ type: "login.local.lockout", actorEmail: null, details: {} }, "password sign-in"],
  ])("names the system source of %o", (event, label) => {
    expect(describeAuditActor(event)).toEqual({ label, system: true });
  });

  it("shows a person's email as is", () => {
    expect(describeAuditActor({ type: "team.created", actorEmail: "admin@example.com", details: { source: "manual" } })).toEqual({
      label: "admin@example.com",
      system: false,
    });
  });
});

describe("readAuditDetails", () => {
  it("keeps the recorded order, lists as lists, nested objects as JSON", () => {
    expect(readAuditDetails('{"sub":"00u1","groups":["Admins","Users"],"mfa":true,"teamId":"t1","filters":{"q":"x"},"sessionId":null}')).toEqual([
      { key: "sub", value: "00u1" },
      { key: "groups", value: ["Admins", "Users"] },
      { key: "mfa", value: "true" },
      { key: "teamId", value: "t1" },
      { key: "filters", value: '{"q":"x"}' },
      { key: "sessionId", value: "—" },
    ]);
  });

  it("shows nothing for empty details and the raw text for details that are not a JSON object", () => {
    expect(readAuditDetails("{}")).toEqual([]);
    expect(readAuditDetails(null)).toEqual([]);
    expect(readAuditDetails("not json")).toEqual([{ key: "details", value: "not json" }]);
    expect(readAuditDetails("[1,2]")).toEqual([{ key: "details", value: "[1,2]" }]);
  });
});
