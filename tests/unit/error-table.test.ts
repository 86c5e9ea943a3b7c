import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DomainError } from "@/lib/errors/domain-error";
import { describeError } from "@/lib/http/error-table";
import { speakError } from "@/lib/http/speak-error";
import { ScimError } from "@/lib/scim/scim-error";

describe("the error table", () => {
  it.each([
    ["invalid_input", 400],
    ["unauthenticated", 401],
    ["forbidden", 403],
    ["not_found", 404],
    ["not_supported", 405],
    ["conflict", 409],
    ["too_large", 413],
    ["unsupported_media_type", 415],
    ["rate_limited", 429],
  ] as const)("maps the domain error %s to %i with its own message", (kind, status) => {
    expect(describeError(new DomainError(kind, "What to fix"))).toMatchObject({ status, detail: "What to fix" });
  });

  it("adds Retry-After to a rate limit", () => {
    expect(describeError(new DomainError("rate_limited", "Too many requests", 17)).headers).toEqual({ "Retry-After": "17" });
  });

  it("keeps a SCIM error's status and scimType", () => {
    expect(describeError(new ScimError(409, "taken", "uniqueness"))).toMatchObject({ status: 409, detail: "taken", scimType: "uniqueness" });
    expect(describeError(new ScimError(400, "bad filter", "invalidFilter"))).toMatchObject({ status: 400, scimType: "invalidFilter" });
  });

  it("names the parameter of a validation error, in the caller's words", () => {
    const schema = z.object({ limit: z.number().min(1, "must be at least 1") }).strict();
    const tooSmall = schema.safeParse({ limit: 0 }).error!;
    const unknown = schema.safeParse({ limit: 1, colour: "blue" }).error!;
    expect(describeError(tooSmall)).toMatchObject({ status: 400, detail: "Invalid parameter 'limit': must be at least 1" });
    expect(describeError(unknown)).toMatchObject({ status: 400, detail: "Unknown parameter 'colour'" });
    expect(describeError(tooSmall, "field").detail).toBe("limit must be at least 1");
    expect(describeError(unknown, "attribute")).toMatchObject({ detail: "Unknown attribute 'colour'", scimType: "invalidSyntax" });
  });

  it("answers 503 with Retry-After when the database is unreachable, in every dialect", () => {
    const outage = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    const answer = describeError(outage);
    expect(answer).toMatchObject({ status: 503, headers: { "Retry-After": "5" } });
    for (const dialect of ["json", "scim"] as const) {
      const response = speakError(dialect, answer);
      expect([response.status, response.headers.get("retry-after")]).toEqual([503, "5"]);
    }
  });

  it("says nothing about an unexpected error but that it happened", () => {
    expect(describeError(new TypeError("Cannot read properties of undefined (reading 'secret')"))).toEqual({
      status: 500,
      detail: "Internal server error",
      headers: {},
    });
  });

  it("speaks SCIM errors as RFC 7644 Error bodies", async () => {
    const response = speakError("scim", describeError(new ScimError(404, "User 1 not found")));
    expect(response.headers.get("content-type")).toContain("application/scim+json");
    expect(await response.json()).toEqual({ schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"], detail: "User 1 not found", status: "404" });
  });
});
