import type { Prisma } from "@/lib/db/generated/client";

/** Users whose SCIM userName is `userName` (lower-cased): the stored one, or the email while none is stored. */
export function matchUserName(userName: string): Prisma.UserWhereInput {
  return { OR: [{ userName }, { userName: null, email: userName }] };
}
