import { describe, expect, it } from "vitest";
import { planOktaMemberships } from "@/lib/teams/plan-okta-memberships";
import { decideAdminRight } from "@/lib/users/decide-admin-right";

const ADMINS = ["mcp gateway admins"];
const okta = { isAdmin: true, adminSource: "okta" };
const manual = { isAdmin: true, adminSource: "manual" };
const none = { isAdmin: false, adminSource: null };

describe("decideAdminRight", () => {
  it("grants from an admin group, case-insensitively, and revokes an Okta grant when the group is gone", () => {
    expect(decideAdminRight(none, ["MCP Gateway ADMINS"], ADMINS)).toEqual({ isAdmin: true, adminSource: "okta", change: "granted" });
    expect(decideAdminRight(okta, ["MCP Gateway Users"], ADMINS)).toEqual({ isAdmin: false, adminSource: null, change: "revoked" });
    expect(decideAdminRight(okta, [], ADMINS).change).toBe("revoked");
  });

  it("never touches a grant made by hand", () => {
    expect(decideAdminRight(manual, [], ADMINS).change).toBeNull();
    expect(decideAdminRight(manual, [], [], { linking: true })).toEqual({ ...manual, change: null });
  });

  it("changes nothing when Okta did not say which groups (null), unless no admin group is configured any more", () => {
    expect(decideAdminRight(okta, null, ADMINS).change).toBeNull();
    expect(decideAdminRight(none, null, ADMINS).change).toBeNull();
    expect(decideAdminRight(okta, null, []).change).toBe("revoked");
    expect(decideAdminRight(okta, ["MCP Gateway Admins"], []).change).toBe("revoked");
  });

  it("never passes an admin flag on through a link unless a group grants it now", () => {
    const orphan = { isAdmin: true, adminSource: null };
    expect(decideAdminRight(orphan, ["MCP Gateway Users"], ADMINS, { linking: true }).change).toBe("revoked");
    expect(decideAdminRight(orphan, null, ADMINS, { linking: true }).change).toBe("revoked");
    expect(decideAdminRight(orphan, ["MCP Gateway Admins"], ADMINS, { linking: true })).toEqual({ isAdmin: true, adminSource: "okta", change: null });
    // Outside a link, a flag of unknown origin is left to the admins.
    expect(decideAdminRight(orphan, [], ADMINS).change).toBeNull();
  });

  it("only takes away when the source may not grant (a SCIM group push)", () => {
    expect(decideAdminRight(none, ["MCP Gateway Admins"], ADMINS, { mayGrant: false }).change).toBeNull();
    expect(decideAdminRight(okta, [], ADMINS, { mayGrant: false }).change).toBe("revoked");
  });
});

describe("planOktaMemberships", () => {
  const mapping = {
    "mcp gateway users": { group: "MCP Gateway Users", teamId: "team-users", role: "member" as const },
    "mcp gateway admins": { group: "MCP Gateway Admins", teamId: "team-admins", role: "owner" as const },
    "gateway owners": { group: "Gateway Owners", teamId: "team-users", role: "owner" as const },
  };

  it("joins mapped teams, the stronger role winning when two groups map to one team", () => {
    expect(planOktaMemberships([], ["mcp gateway USERS", "Gateway Owners"], mapping)).toEqual([
      { teamId: "team-users", change: "joined", role: "owner", group: "Gateway Owners" },
    ]);
  });

  it("changes roles and leaves teams only for Okta-sourced memberships", () => {
    const current = [
      { teamId: "team-users", role: "owner", source: "okta" },
      { teamId: "team-admins", role: "member", source: "manual" },
      { teamId: "team-old", role: "member", source: "okta" },
      { teamId: "team-scim", role: "member", source: "scim" },
    ];
    expect(planOktaMemberships(current, ["MCP Gateway Users", "MCP Gateway Admins"], mapping)).toEqual([
      { teamId: "team-users", change: "role_changed", role: "member", group: "MCP Gateway Users" },
      { teamId: "team-old", change: "left", role: "member" },
    ]);
  });

  it("plans only departures when the source may not grant", () => {
    expect(planOktaMemberships([{ teamId: "team-old", role: "member", source: "okta" }], ["MCP Gateway Admins"], mapping, { mayGrant: false })).toEqual([
      { teamId: "team-old", change: "left", role: "member" },
    ]);
  });
});
