// `npm test`: every suite, building the production app once; the integration and e2e suites run
// against SQLite and then PostgreSQL (TEST_DATABASE), each portal on a fresh database.
import { spawnSync } from "node:child_process";

const DATABASES = ["sqlite", "postgresql"] as const;

// The suites run against the bundled IdP as a fresh Okta org (org server, thin ID tokens, no groups
// claim); the sign-in-focused files run once more against a custom authorization server
// (/oauth2/default) with a groups claim, the other shape real orgs use (IDP_SHAPE, tests/helpers/start-stack.ts).
const CUSTOM_SHAPE_INTEGRATION = ["tests/integration/sso-login.test.ts", "tests/integration/sso-policy.test.ts", "tests/integration/logout-and-password.test.ts"];
const CUSTOM_SHAPE_E2E = ["tests/e2e/login.spec.ts", "tests/e2e/login-errors.spec.ts"];

const steps: { name: string; command: string[]; database?: (typeof DATABASES)[number]; env?: Record<string, string> }[] = [
  { name: "typecheck", command: ["npx", "tsc", "--noEmit"] },
  { name: "lint", command: ["npx", "eslint", "."] },
  { name: "unit", command: ["npx", "vitest", "run", "--project", "unit"] },
  { name: "build", command: ["npm", "run", "build"] },
  ...DATABASES.flatMap((database) => [
    { name: `integration:${database}`, command: ["npx", "vitest", "run", "--project", "integration"], database },
    { name: `e2e:${database}`, command: ["npx", "playwright", "test"], database },
  ]),
  { name: "integration:custom-idp", command: ["npx", "vitest", "run", "--project", "integration", ...CUSTOM_SHAPE_INTEGRATION], database: "sqlite", env: { IDP_SHAPE: "custom" } },
  { name: "e2e:custom-idp", command: ["npx", "playwright", "test", ...CUSTOM_SHAPE_E2E], database: "sqlite", env: { IDP_SHAPE: "custom" } },
];

const results: { name: string; ok: boolean; seconds: number }[] = [];
for (const step of steps) {
  console.log(`\n=== ${step.name}: ${step.command.join(" ")}`);
  const started = Date.now();
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...(step.database ? { TEST_DATABASE: step.database } : {}), ...step.env };
  const { status } = spawnSync(step.command[0], step.command.slice(1), { stdio: "inherit", env });
  results.push({ name: step.name, ok: status === 0, seconds: (Date.now() - started) / 1000 });
  // Later suites need the build; without it their failures would only repeat this one.
  if (status !== 0 && step.name === "build") break;
}

console.log("\n=== summary");
for (const r of results) console.log(`${r.ok ? "✓" : "✗"} ${r.name.padEnd(24)} ${r.seconds.toFixed(1)} s`);
const failed = results.filter((r) => !r.ok).length;
const total = results.reduce((sum, r) => sum + r.seconds, 0);
console.log(`total ${total.toFixed(0)} s`);
// Alone on the last line, in the plain "N passed, N failed" form CI reads.
console.log(`suites: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
