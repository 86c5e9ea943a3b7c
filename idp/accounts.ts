import { createHash, timingSafeEqual } from "node:crypto";
import fixture from "./fixture.json";

export interface DemoUser {
  id: string;
  email: string;
  givenName: string;
  familyName: string;
  password: string;
  groups: string[];
  /** What a sign-in under the default policy reports; "mfa" means the org always asks this user for a factor. */
  amr: string[];
  /** Enrolled factors beyond the password (Okta's amr value), asked for when an app requests MFA (acr_values). */
  factors?: string[];
  emailVerified: boolean;
  /** false: signs in, but Okta refuses the app ("not assigned to the client application"). */
  assigned: boolean;
  /** What the Okta management API reports; sign-in at the IdP still works, so the portal's own check can be tested. */
  status: "ACTIVE" | "SUSPENDED" | "DEPROVISIONED";
  /** The directory that masters the profile (Active Directory, LDAP): Okta then can't vouch for the email, so email_verified is false. */
  masteredBy?: string;
}

interface DemoGroup {
  id: string;
  name: string;
  description: string;
}

export const ORG_ID: string = fixture.orgId;
export const API_TOKEN: string = fixture.apiToken;
export const users = fixture.users as DemoUser[];
const groups: DemoGroup[] = fixture.groups;

export function findUserById(id: string): DemoUser | undefined {
  return users.find((user) => user.id === id);
}

/** Okta logins are case-insensitive; the demo users' logins are their emails. */
export function findUserByLogin(login: string): DemoUser | undefined {
  return users.find((user) => user.email === login.trim().toLowerCase());
}

/** Okta group objects for group names; a name the fixture doesn't know gets a stable made-up id. */
export function groupsNamed(names: string[]): DemoGroup[] {
  return names.map(
    (name) =>
      groups.find((group) => group.name === name) ?? { id: `00g${createHash("sha256").update(name).digest("hex").slice(0, 17)}`, name, description: "" },
  );
}

/** Constant-time comparison (hashing first makes the lengths equal). */
export function passwordMatches(user: DemoUser, password: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(user.password), digest(password));
}
