import { describe, expect, it } from "vitest";
import { authorizeMetricsRequest } from "@/lib/metrics/authorize-metrics-request";
import { routePattern } from "@/lib/metrics/route-pattern";

describe("routePattern", () => {
  it.each([
    ["/scim/v2/Users/abc-123", { id: "abc-123" }, "/scim/v2/Users/[id]"],
    ["/scim/v2/Users/Users", { id: "Users" }, "/scim/v2/Users/[id]"],
    ["/scim/v2/Bogus/x/y", { path: ["Bogus", "x", "y"] }, "/scim/v2/[...path]"],
    ["/auth/users/u%20x", { id: "u x" }, "/auth/users/[id]"],
    ["/auth/sso/callback/okta", { nextauth: ["callback", "okta"] }, "/auth/sso/[...nextauth]"],
    ["/auth/users", {}, "/auth/users"],
    ["/auth/users/1", undefined, "/auth/users/1"],
    ["/a/b", { id: "zzz" }, "unmatched"],
  ])("%s with %j is %s", (path, params, pattern) => {
    expect(routePattern(path, params)).toBe(pattern);
  });
});

describe("authorizeMetricsRequest", () => {
  const token = "metrics-token-0123456789";
  it.each([
    [null, "127.0.0.1", null, "allowed"],
    [null, "::1", null, "allowed"],
    [null, "::ffff:127.0.0.1", null, "allowed"],
    [null, "10.0.0.5", null, "forbidden"],
    [null, "::ffff:10.0.0.5", null, "forbidden"],
    [null, "127.0.0.1.evil.example", null, "forbidden"],
    // Until the server process resolves the client address, it may be unknown: never loopback then.
    [null, null, null, "forbidden"],
    [`Bearer ${token}`, "10.0.0.5", token, "allowed"],
    [`bearer ${token}`, "10.0.0.5", token, "allowed"],
    [null, "127.0.0.1", token, "unauthenticated"],
    ["Bearer wrong-token-0123456789", "127.0.0.1", token, "unauthenticated"],
    [`Bearer ${token}x`, "127.0.0.1", token, "unauthenticated"],
    [`Basic ${token}`, "127.0.0.1", token, "unauthenticated"],
    [`Bearer ${token} extra`, "127.0.0.1", token, "unauthenticated"],
  ])("authorization %s from %s with token %s is %s", (authorization, ip, metricsToken, access) => {
    expect(authorizeMetricsRequest(authorization, ip, metricsToken)).toBe(access);
  });
});
