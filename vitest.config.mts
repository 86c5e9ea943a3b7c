import { configDefaults, defineConfig } from "vitest/config";

const alias = { "@": import.meta.dirname };
// `<feature>.sqlite.test.ts` runs only in the SQLite pass and `<feature>.postgresql.test.ts` only in the
// PostgreSQL one (TEST_DATABASE), so a test for one database never shows up as skipped in the other.
const otherDatabase = process.env.TEST_DATABASE === "postgresql" ? "sqlite" : "postgresql";

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        // A valid configuration without Okta: code under test logs, and the logger reads its level from getConfig().
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", env: { SSO_ENABLED: "false" } },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          exclude: [...configDefaults.exclude, `tests/integration/**/*.${otherDatabase}.test.ts`],
          environment: "node",
          // Builds the production app once when it is missing; each file starts the portals it needs.
          globalSetup: ["tests/integration/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
