import { describe, expect, it } from "vitest";
import { applyGroupPatch } from "@/lib/scim/apply-group-patch";
import { applyUserPatch } from "@/lib/scim/apply-user-patch";
import { parseListQuery } from "@/lib/scim/parse-list-query";
import { parseScimFilter } from "@/lib/scim/parse-scim-filter";
import { parseScimUser } from "@/lib/scim/parse-scim-user";
import { ScimError } from "@/lib/scim/scim-error";
import type { ScimUserState } from "@/lib/scim/scim-user-state";

const USER: ScimUserState = {
  userName: "ann@example.com",
  email: "ann@example.com",
  givenName: "Ann",
  familyName: "Lee",
  displayName: "Ann Lee",
  externalId: "00uAnn",
  active: true,
};

function scimErrorOf(run: () => unknown): ScimError {
  try {
    run();
  } catch (error) {
    if (error instanceof ScimError) return error;
    throw error;
  }
  throw new Error("expected a ScimError");
}

describe("parseScimFilter", () => {
  it("reads eq filters with any operator case, escaped quotes and a lower-cased attribute", () => {
    expect(parseScimFilter('userName eq "ann@example.com"', ["userName"])).toEqual({ attribute: "username", value: "ann@example.com" });
    expect(parseScimFilter('  displayName EQ "Team \\"A\\""  ', ["displayName"])).toEqual({ attribute: "displayname", value: 'Team "A"' });
  });

  it("refuses other operators, attributes and forms with invalidFilter naming what is supported", () => {
    for (const filter of ['userName sw "a"', 'title eq "a"', 'userName eq "a" or userName eq "b"', "userName eq a", ""]) {
      const error = scimErrorOf(() => parseScimFilter(filter, ["userName", "externalId"]));
      expect(error).toMatchObject({ kind: "invalid_input", scimType: "invalidFilter" });
      expect(error.detail).toContain('userName eq "…", externalId eq "…"');
    }
  });
});

describe("parseListQuery", () => {
  it("defaults to startIndex 1 and count 100 and clamps out-of-range numbers as RFC 7644 asks", () => {
    expect(parseListQuery(new URLSearchParams(), [])).toEqual({ startIndex: 1, count: 100, filter: null });
    expect(parseListQuery(new URLSearchParams("startIndex=0&count=-5"), [])).toMatchObject({ startIndex: 1, count: 0 });
    expect(parseListQuery(new URLSearchParams("startIndex=101&count=5000"), [])).toMatchObject({ startIndex: 101, count: 1000 });
  });

  it("refuses a non-integer", () => {
    expect(scimErrorOf(() => parseListQuery(new URLSearchParams("startIndex=1.5"), []))).toMatchObject({ kind: "invalid_input", scimType: "invalidValue" });
  });
});

describe("parseScimUser", () => {
  it("takes Okta's create body: lower-cases userName, ignores password/groups/locale, accepts extension URNs", () => {
    const state = parseScimUser({
      schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"],
      userName: "Ann@Example.com",
      name: { givenName: "Ann", familyName: "Lee" },
      emails: [{ primary: true, value: "Ann@Example.com", type: "work" }],
      displayName: "Ann Lee",
      locale: "en-US",
      groups: [],
      password: "x",
      active: true,
      externalId: "00uAnn",
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": { department: "R&D" },
    });
    expect(state).toEqual(USER);
  });

  it("derives displayName from the name parts and leaves a missing active null (keep the current value)", () => {
    expect(parseScimUser({ userName: "b@example.com", emails: [{ value: "b@example.com" }], name: { givenName: "Bo", familyName: "Ng" } })).toMatchObject({
      displayName: "Bo Ng",
      active: null,
      externalId: null,
    });
  });

  it("keeps a userName that isn't an email apart from the primary email", () => {
    const emails = [
      { value: "other@example.com", type: "home" },
      { value: "JDoe@Example.com", type: "work", primary: true },
    ];
    expect(parseScimUser({ userName: "JDoe", emails })).toMatchObject({ userName: "jdoe", email: "jdoe@example.com" });
    expect(parseScimUser({ userName: "jdoe", emails: [{ value: "first@example.com" }, { value: "second@example.com" }] }).email).toBe("first@example.com");
  });

  it("refuses a user without an email, a bad email and a blank or control-character userName", () => {
    for (const body of [
      { userName: "jdoe" },
      { userName: "jdoe", emails: [] },
      { userName: "jdoe", emails: [{ value: "not-an-email", primary: true }] },
      { userName: " ", emails: [{ value: "a@example.com" }] },
      { userName: "a\tb", emails: [{ value: "a@example.com" }] },
    ]) {
      expect(
        scimErrorOf(() => parseScimUser(body)),
        JSON.stringify(body),
      ).toMatchObject({ kind: "invalid_input", scimType: "invalidValue" });
    }
    expect(scimErrorOf(() => parseScimUser({ userName: "jdoe" })).detail).toContain("emails");
  });

  it("ignores attributes it doesn't know, in the core schema, in name and in extensions", () => {
    const state = parseScimUser({
      userName: "c@example.com",
      emails: [{ value: "c@example.com" }],
      shoeSize: 44,
      name: { givenName: "Cy", nickName: "C" },
      "urn:okta:custom:1.0": { x: 1 },
      DISPLAYNAME: "Cy C",
    });
    expect(state).toMatchObject({ userName: "c@example.com", givenName: "Cy", displayName: "Cy C" });
    expect(state).not.toHaveProperty("shoeSize");
  });
});

describe("applyUserPatch", () => {
  it("applies Okta's path-less deactivation and reactivation", () => {
    expect(applyUserPatch(USER, [{ op: "replace", value: { active: false } }]).active).toBe(false);
    expect(applyUserPatch({ ...USER, active: false }, [{ op: "replace", value: { active: true } }]).active).toBe(true);
  });

  it("applies path forms and path-less objects with dotted keys or nested name", () => {
    expect(applyUserPatch(USER, [{ op: "replace", path: "name.givenName", value: "Anna" }])).toMatchObject({ givenName: "Anna", familyName: "Lee" });
    expect(applyUserPatch(USER, [{ op: "replace", value: { "name.familyName": "Park", name: { givenName: "Jo" } } }])).toMatchObject({
      givenName: "Jo",
      familyName: "Park",
    });
    expect(applyUserPatch(USER, [{ op: "add", path: "userName", value: "ANN.LEE" }])).toMatchObject({ userName: "ann.lee", email: "ann@example.com" });
    expect(applyUserPatch(USER, [{ op: "replace", path: "emails", value: [{ value: "Ann.Lee@example.com", primary: true }] }])).toMatchObject({
      userName: "ann@example.com",
      email: "ann.lee@example.com",
    });
    expect(applyUserPatch(USER, [{ op: "replace", path: 'emails[type eq "work"].value', value: "al@example.com" }]).email).toBe("al@example.com");
    expect(applyUserPatch(USER, [{ op: "remove", path: "externalId" }]).externalId).toBeNull();
    expect(applyUserPatch(USER, [{ op: "replace", path: "active", value: "False" }]).active).toBe(false);
  });

  it("ignores attributes it doesn't store, with a path or without", () => {
    expect(
      applyUserPatch(USER, [
        { op: "replace", path: "shoeSize", value: 44 },
        { op: "replace", value: { "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department": "R&D", title: "Dr" } },
      ]),
    ).toEqual(USER);
  });

  it("leaves the input untouched and refuses malformed paths, bad values, a path-less remove and removing the email", () => {
    expect(scimErrorOf(() => applyUserPatch(USER, [{ op: "replace", path: "shoe size!", value: 44 }]))).toMatchObject({
      kind: "invalid_input",
      scimType: "invalidPath",
    });
    expect(scimErrorOf(() => applyUserPatch(USER, [{ op: "remove", path: "emails" }]))).toMatchObject({ kind: "invalid_input", scimType: "invalidValue" });
    expect(scimErrorOf(() => applyUserPatch(USER, [{ op: "replace", path: "active", value: 0 }]))).toMatchObject({
      kind: "invalid_input",
      scimType: "invalidValue",
    });
    expect(scimErrorOf(() => applyUserPatch(USER, [{ op: "remove" }]))).toMatchObject({ kind: "invalid_input", scimType: "noTarget" });
    expect(scimErrorOf(() => applyUserPatch(USER, [{ op: "replace", path: "userName", value: "" }]))).toMatchObject({
      kind: "invalid_input",
      scimType: "invalidValue",
    });
    expect(USER.active).toBe(true);
  });
});

describe("applyGroupPatch", () => {
  const group = { displayName: "Eng", externalId: null, members: ["u1", "u2"] };

  it("renames with Okta's path-less replace that echoes the id", () => {
    expect(applyGroupPatch(group, [{ op: "replace", value: { id: "team-1", displayName: "Engineering" } }])).toMatchObject({
      displayName: "Engineering",
      members: ["u1", "u2"],
    });
  });

  it("adds, removes by value filter, replaces and clears members", () => {
    expect(applyGroupPatch(group, [{ op: "add", path: "members", value: [{ value: "u3", display: "c@example.com" }, { value: "u1" }] }]).members).toEqual([
      "u1",
      "u2",
      "u3",
    ]);
    expect(applyGroupPatch(group, [{ op: "remove", path: 'members[value eq "u1"]' }]).members).toEqual(["u2"]);
    expect(applyGroupPatch(group, [{ op: "remove", path: "members", value: [{ value: "u2" }] }]).members).toEqual(["u1"]);
    expect(applyGroupPatch(group, [{ op: "replace", path: "members", value: [{ value: "u9" }] }]).members).toEqual(["u9"]);
    expect(applyGroupPatch(group, [{ op: "remove", path: "members" }]).members).toEqual([]);
  });

  it("refuses malformed members, member paths it can't apply, an empty name and malformed paths; ignores other attributes", () => {
    expect(scimErrorOf(() => applyGroupPatch(group, [{ op: "add", path: "members", value: "u3" }]))).toMatchObject({ scimType: "invalidValue" });
    expect(scimErrorOf(() => applyGroupPatch(group, [{ op: "remove", path: 'members[display eq "a@example.com"]' }]))).toMatchObject({
      scimType: "invalidPath",
    });
    expect(scimErrorOf(() => applyGroupPatch(group, [{ op: "replace", path: "displayName", value: " " }]))).toMatchObject({ scimType: "invalidValue" });
    expect(scimErrorOf(() => applyGroupPatch(group, [{ op: "replace", path: "owner]", value: "x" }]))).toMatchObject({ scimType: "invalidPath" });
    expect(applyGroupPatch(group, [{ op: "replace", path: "description", value: "x" }])).toEqual(group);
  });
});

describe("NUL characters", () => {
  it("are refused in filters, raw or escaped, as invalidValue", () => {
    for (const filter of ['userName eq "a\u0000b"', 'userName eq "a\\u0000b"']) {
      expect(scimErrorOf(() => parseScimFilter(filter, ["userName"]))).toMatchObject({ kind: "invalid_input", scimType: "invalidValue" });
    }
  });
});
