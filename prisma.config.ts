import { defineConfig } from "prisma/config";

// Prisma 7 keeps the datasource URL here. Migrations are applied by scripts/migrate.ts
// (the migrate engine cannot be downloaded offline); the CLI is used only for `generate`.
export default defineConfig({
  schema: "prisma/schema.prisma",
  datasource: { url: process.env.DATABASE_URL ?? "file:./data/portal.db" },
});
