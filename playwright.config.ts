import { defineConfig } from "@playwright/test";
import { existsSync } from "node:fs";

// Debian's Chromium where it exists (Playwright can't download browsers here); Playwright's own elsewhere.
const DEBIAN_CHROMIUM = "/usr/bin/chromium";
export const launchOptions = existsSync(DEBIAN_CHROMIUM)
  ? {
      executablePath: DEBIAN_CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    }
  : {};

// Overridable so several checkouts can run their suites side by side.
export const E2E_PORTAL_PORT = Number(process.env.E2E_PORTAL_PORT ?? 8110);
export const E2E_IDP_PORT = Number(process.env.E2E_IDP_PORT ?? 9110);
// Per portal port, like the results below, so two runs side by side (npm test's SQLite and PostgreSQL passes) keep apart.
export const ADMIN_STATE = `tests/e2e/.auth/admin-${E2E_PORTAL_PORT}.json`;

const LOOKS = /admin\.(look|a11y)\.spec\.ts/;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: `test-results/e2e-${E2E_PORTAL_PORT}`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [["list"]],
  // `npm test` runs the SQLite and PostgreSQL browser passes side by side on 2 cores, where a test
  // that signs in three browsers took 29–31 s in CI; each step keeps its own shorter expect timeout.
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORTAL_PORT}`,
    browserName: "chromium",
    launchOptions,
    trace: "retain-on-failure",
  },
  webServer: {
    command: "node node_modules/tsx/dist/cli.mjs tests/e2e/serve-stack.ts",
    url: `http://127.0.0.1:${E2E_PORTAL_PORT}/auth/sso/providers`,
    reuseExistingServer: false,
    timeout: 60_000,
    // SIGTERM lets serve-stack stop the portal and drop its PostgreSQL database (the default is SIGKILL).
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    stdout: "pipe",
    stderr: "pipe",
    env: { E2E_PORTAL_PORT: String(E2E_PORTAL_PORT), E2E_IDP_PORT: String(E2E_IDP_PORT) },
  },
  projects: [
    { name: "setup", testMatch: /.*\.setup\.ts/ },
    { name: "login", testMatch: /login.*\.spec\.ts/ },
    { name: "admin", testMatch: /admin\..*\.spec\.ts/, testIgnore: LOOKS, dependencies: ["setup"], use: { storageState: ADMIN_STATE } },
    // Screenshots and axe checks of the console: only look, so nothing waits on them (npm test runs them on SQLite only).
    { name: "looks", testMatch: LOOKS, dependencies: ["setup"], use: { storageState: ADMIN_STATE } },
    // Signs in the platform admin (password) and an Okta user side by side, so it needs no stored state.
    { name: "scim", testMatch: /scim\.spec\.ts/ },
    // After the admin specs, which count the users others signed in: it adds and suspends former@example.com.
    { name: "lifecycle", testMatch: /okta-lifecycle\.spec\.ts/, dependencies: ["admin"] },
    // Starts its own portal with SSO_REQUIRE_MFA_FOR_ADMINS=true.
    { name: "mfa", testMatch: /mfa-step-up\.spec\.ts/ },
  ],
});
