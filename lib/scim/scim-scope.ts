import type { Prisma } from "@/lib/db/generated/client";

/**
 * The users SCIM may see and change: those Okta owns (created by SCIM, by an Okta sign-in or for
 * one). Local password accounts, the bootstrap admin above all, are out of a SCIM token's reach.
 */
export const SCIM_USER_SCOPE = { authProvider: "okta" } satisfies Prisma.UserWhereInput;

/** The teams SCIM may see and change: those Okta pushed. Hand-made and group-mapped teams are not its to rename or delete. */
export const SCIM_TEAM_SCOPE = { source: "scim" } satisfies Prisma.TeamWhereInput;
