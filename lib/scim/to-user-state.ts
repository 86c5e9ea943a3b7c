import type { User } from "@/lib/db/generated/client";
import type { ScimUserState } from "./scim-user-state";

/** A stored user as the state a PATCH starts from. */
export function toUserState(user: Pick<User, "userName" | "email" | "givenName" | "familyName" | "name" | "externalId" | "isActive">): ScimUserState {
  return {
    userName: user.userName ?? user.email,
    email: user.email,
    givenName: user.givenName,
    familyName: user.familyName,
    displayName: user.name,
    externalId: user.externalId,
    active: user.isActive,
  };
}
