import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { matchUserName } from "./match-user-name";
import type { ScimListQuery } from "./parse-list-query";
import { SCIM_USER_SCOPE } from "./scim-scope";

/** One page of Okta-owned users in a stable order (creation, then id), matching the query's `eq` filter. */
export async function listScimUsers(query: ScimListQuery) {
  const where: Prisma.UserWhereInput = { ...SCIM_USER_SCOPE, ...filterWhere(query) };
  const [users, total] = await Promise.all([
    db.user.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }], skip: query.startIndex - 1, take: query.count }),
    db.user.count({ where }),
  ]);
  return { users, total };
}

function filterWhere({ filter }: ScimListQuery): Prisma.UserWhereInput {
  if (!filter) return {};
  if (filter.attribute === "externalid") return { externalId: filter.value };
  // userName and emails are stored lower-cased: comparing lower-cased makes the filter case-insensitive.
  const value = filter.value.trim().toLowerCase();
  return filter.attribute === "username" ? matchUserName(value) : { email: value };
}
