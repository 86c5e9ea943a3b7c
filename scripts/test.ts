// `npm test`: every suite, building the production app once; the integration and e2e suites run
// against SQLite and then PostgreSQL (TEST_DATABASE), each portal on a fresh database.
import { spawn } from "node:child_process";

type Database = "sqlite" | "postgresql";
interface Step {
  name: string;
  command: string[];
  database?: Database;
  env?: Record<string, string>;
}

// The suites run against the bundled IdP as a fresh Okta org (org server, thin ID tokens, no groups
// claim); the sign-in-focused files run once more against a custom authorization server
// (/oauth2/default) with a groups claim, the other shape real orgs use (IDP_SHAPE, tests/helpers/start-stack.ts).
const CUSTOM_SHAPE_INTEGRATION = [
  "tests/integration/sso-login.test.ts",
  "tests/integration/sso-policy.test.ts",
  "tests/integration/logout-and-password.test.ts",
  "tests/integration/sso-client-key.test.ts",
];
const CUSTOM_SHAPE_E2E = ["tests/e2e/login.spec.ts", "tests/e2e/login-errors.spec.ts"];
// On PostgreSQL the browser suite runs the specs whose outcome goes through the database; the looks,
// accessibility and IdP error pages are the same on either database and run in the SQLite pass.
const DATABASE_E2E = [
  "tests/e2e/login.spec.ts",
  "tests/e2e/admin.users.spec.ts",
  "tests/e2e/admin.console.spec.ts",
  "tests/e2e/admin.dashboard.spec.ts",
  "tests/e2e/scim.spec.ts",
  "tests/e2e/okta-lifecycle.spec.ts",
  "tests/e2e/mfa-step-up.spec.ts",
];

const integration = (database: Database): Step => ({
  name: `integration:${database}`,
  command: ["npx", "vitest", "run", "--project", "integration"],
  database,
});

// Steps in one stage run side by side; stages run one after the other.
const stages: Step[][] = [
  [
    { name: "typecheck", command: ["npx", "tsc", "--noEmit"] },
    { name: "lint", command: ["npx", "eslint", "."] },
    { name: "format", command: ["npx", "prettier", "--check", "."] },
    { name: "unit", command: ["npx", "vitest", "run", "--project", "unit"] },
  ],
  [{ name: "build", command: ["npm", "run", "build"] }],
  // One after the other: side by side, the 200-client soak and simultaneous-login tests of one pass starved the other's
  // timing-sensitive tests (a login timing out at the in-process IdP, a shutdown test's burst still queued).
  [integration("sqlite")],
  [integration("postgresql")],
  [
    { name: "e2e:sqlite", command: ["npx", "playwright", "test"], database: "sqlite" },
    // Its own ports (and so its own results folder and stored admin session), beside the SQLite pass.
    {
      name: "e2e:postgresql",
      command: ["npx", "playwright", "test", ...DATABASE_E2E],
      database: "postgresql",
      env: { E2E_PORTAL_PORT: "8112", E2E_IDP_PORT: "9112" },
    },
  ],
  [
    {
      name: "integration:custom-idp",
      command: ["npx", "vitest", "run", "--project", "integration", ...CUSTOM_SHAPE_INTEGRATION],
      database: "sqlite",
      env: { IDP_SHAPE: "custom" },
    },
    // Its own ports, beside the integration pass.
    {
      name: "e2e:custom-idp",
      command: ["npx", "playwright", "test", ...CUSTOM_SHAPE_E2E],
      database: "sqlite",
      env: { IDP_SHAPE: "custom", E2E_PORTAL_PORT: "8111", E2E_IDP_PORT: "9111" },
    },
  ],
];

interface Result {
  name: string;
  ok: boolean;
  seconds: number;
}

/** Runs a step; alone it prints as it goes, beside others its output is printed whole when it ends. */
function run(step: Step, alone: boolean): Promise<Result> {
  const started = Date.now();
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...(step.database ? { TEST_DATABASE: step.database } : {}), ...step.env };
  const banner = `\n=== ${step.name}: ${step.command.join(" ")}`;
  if (alone) console.log(banner);
  const child = spawn(step.command[0], step.command.slice(1), { stdio: alone ? "inherit" : ["ignore", "pipe", "pipe"], env });
  const output: Buffer[] = [];
  child.stdout?.on("data", (chunk: Buffer) => output.push(chunk));
  child.stderr?.on("data", (chunk: Buffer) => output.push(chunk));
  return new Promise((resolve) => {
    child.on("close", (code) => {
      if (!alone) console.log(`${banner}\n${Buffer.concat(output).toString()}`);
      resolve({ name: step.name, ok: code === 0, seconds: (Date.now() - started) / 1000 });
    });
  });
}

async function main() {
  const results: Result[] = [];
  for (const stage of stages) {
    results.push(...(await Promise.all(stage.map((step) => run(step, stage.length === 1)))));
    // Later suites need the build; without it their failures would only repeat this one.
    if (results.some((r) => r.name === "build" && !r.ok)) break;
  }

  console.log("\n=== summary");
  for (const r of results) console.log(`${r.ok ? "✓" : "✗"} ${r.name.padEnd(24)} ${r.seconds.toFixed(1)} s`);
  const failed = results.filter((r) => !r.ok).length;
  console.log(`total ${((Date.now() - START) / 1000).toFixed(0)} s`);
  // Alone on the last line, in the plain "N passed, N failed" form CI reads.
  console.log(`suites: ${results.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

const START = Date.now();
void main();
