import type { DemoUser } from "@/idp/accounts";
import { DEMO_PASSWORD } from "./start-stack";

/** An Okta identity for the IdP's `extraUsers`: active, assigned, verified, password-only, in "MCP Gateway Users" unless `extra` says otherwise. */
export function demoUser(id: string, email: string, extra: Partial<DemoUser> = {}): DemoUser {
  return {
    id,
    email,
    givenName: "Test",
    familyName: id,
    password: DEMO_PASSWORD,
    groups: ["MCP Gateway Users"],
    amr: ["pwd"],
    emailVerified: true,
    assigned: true,
    status: "ACTIVE",
    ...extra,
  };
}
