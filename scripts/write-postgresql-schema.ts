// Writes prisma/postgresql/schema.prisma from prisma/schema.prisma (the source of truth): Prisma 7
// generates one client per provider, so PostgreSQL gets a twin that differs only in its datasource
// provider, generated-client output and relationJoins: on PostgreSQL, where every statement is a
// network round trip, an include is one query with a join instead of one query per relation
// (SQLite, in-process, has no such feature). Run by `npm run db:generate`; the twin is not committed.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const source = readFileSync("prisma/schema.prisma", "utf8");
const twin = source
  .replace(/provider = "sqlite"/, 'provider = "postgresql"')
  .replace(/output\s+= "\.\.\/lib\/db\/generated"/, 'output   = "../../lib/db/generated-pg"\n  previewFeatures = ["relationJoins"]');
if (!twin.includes('provider = "postgresql"') || !twin.includes("generated-pg")) {
  throw new Error("prisma/schema.prisma no longer has the sqlite provider or generated output this script rewrites; update scripts/write-postgresql-schema.ts");
}
const target = path.join("prisma", "postgresql", "schema.prisma");
mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(target, `// GENERATED from prisma/schema.prisma by scripts/write-postgresql-schema.ts: edit that file instead.\n${twin}`);
