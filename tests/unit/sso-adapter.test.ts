import { describe, expect, it } from "vitest";
import { runWithRequestContext, type RequestContext } from "@/lib/request/request-context";
import { createAdapter } from "@/lib/sso/create-adapter";

const request: RequestContext = { ip: "203.0.113.7", userAgent: "test", requestId: "req-1" };
const admitted = { sub: "00u-admitted", id: "user-1", email: "ada@example.com", name: "Ada", mfa: false };
const adapter = createAdapter();
const lookup = (providerAccountId: string, provider = "okta") => adapter.getUserByAccount!({ provider, providerAccountId });

// The adapter is next-auth's only way to decide who a sign-in becomes; it must defer to admitSsoUser.
describe("the SSO adapter", () => {
  it("knows nobody before the sign-in policy has admitted the identity", async () => {
    await runWithRequestContext({ ...request }, async () => expect(await lookup(admitted.sub)).toBeNull());
    expect(await lookup(admitted.sub)).toBeNull();
  });

  it("answers with the admitted user, for that Okta sub only", async () => {
    await runWithRequestContext({ ...request, admittedSsoUser: admitted }, async () => {
      expect(await lookup(admitted.sub)).toEqual({ id: "user-1", email: "ada@example.com", name: "Ada", emailVerified: null });
      expect(await lookup("00u-someone-else")).toBeNull();
      expect(await lookup(admitted.sub, "google")).toBeNull();
    });
  });

  it("refuses to create or link users on next-auth's own account", async () => {
    await expect(async () => adapter.createUser!({ id: "x", email: "mallory@example.com", emailVerified: null })).rejects.toThrow(/provisioned by the portal/);
    await expect(async () => adapter.linkAccount!({ userId: "user-1", type: "oidc", provider: "okta", providerAccountId: "00u-mallory" })).rejects.toThrow(
      /provisioned by the portal/,
    );
  });
});
