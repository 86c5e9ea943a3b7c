import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { ScimListQuery } from "./parse-list-query";

/** One page of users in a stable order (creation, then id), matching the query's `eq` filter. */
export async function listScimUsers(query: ScimListQuery) {
  const where: Prisma.UserWhereInput = {};
  if (query.filter?.attribute === "externalid") where.externalId = query.filter.value;
  // userName is the email, stored lower-cased: comparing lower-cased makes the filter case-insensitive.
  else if (query.filter) where.email = query.filter.value.trim().toLowerCase();
  const [users, total] = await Promise.all([
    db.user.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }], skip: query.startIndex - 1, take: query.count }),
    db.user.count({ where }),
  ]);
  return { users, total };
}
