import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { GROUP_INCLUDE } from "./group-include";
import type { ScimListQuery } from "./parse-list-query";
import { SCIM_TEAM_SCOPE } from "./scim-scope";

/** One page of SCIM-pushed teams in a stable order (creation, then id), matching the query's `eq` filter. */
export async function listScimGroups(query: ScimListQuery) {
  const where: Prisma.TeamWhereInput = { ...SCIM_TEAM_SCOPE };
  if (query.filter?.attribute === "externalid") where.externalId = query.filter.value;
  else if (query.filter) where.name = query.filter.value;
  const [teams, total] = await Promise.all([
    db.team.findMany({ where, include: GROUP_INCLUDE, orderBy: [{ createdAt: "asc" }, { id: "asc" }], skip: query.startIndex - 1, take: query.count }),
    db.team.count({ where }),
  ]);
  return { teams, total };
}
