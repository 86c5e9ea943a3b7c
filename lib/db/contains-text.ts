import { getConfig } from "@/lib/config/get-config";
import type { Prisma } from "./generated/client";
import { databaseKind } from "./database-kind";

/**
 * A case-insensitive substring filter on both databases: SQLite's LIKE already ignores ASCII case,
 * PostgreSQL's needs `mode: "insensitive"` (ILIKE), which the SQLite client's types don't know.
 */
export function containsText(text: string): Prisma.StringFilter {
  if (databaseKind(getConfig().databaseUrl) === "sqlite") return { contains: text };
  return { contains: text, mode: "insensitive" } as Prisma.StringFilter;
}
