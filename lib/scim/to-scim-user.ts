import type { User } from "@/lib/db/generated/client";
import { SCIM } from "./scim-schemas";

type ScimUserRow = Pick<User, "id" | "userName" | "email" | "name" | "givenName" | "familyName" | "externalId" | "isActive" | "createdAt" | "updatedAt">;

/** A portal user as an RFC 7643 User resource (userName is Okta's login, the email until SCIM set one). */
export function toScimUser(user: ScimUserRow, baseUrl: string) {
  // Users who arrived by SSO before SCIM have only a display name: split it so name.* is never missing.
  const [first, ...rest] = (user.name ?? "").split(/\s+/).filter(Boolean);
  const givenName = user.givenName ?? first ?? user.email.split("@")[0];
  const familyName = user.familyName ?? rest.join(" ");
  return {
    schemas: [SCIM.user],
    id: user.id,
    ...(user.externalId ? { externalId: user.externalId } : {}),
    userName: user.userName ?? user.email,
    name: { givenName, familyName, formatted: [givenName, familyName].filter(Boolean).join(" ") },
    displayName: user.name ?? [givenName, familyName].filter(Boolean).join(" "),
    emails: [{ value: user.email, type: "work", primary: true }],
    active: user.isActive,
    meta: { resourceType: "User", created: user.createdAt.toISOString(), lastModified: user.updatedAt.toISOString(), location: `${baseUrl}/Users/${user.id}` },
  };
}
