// `npm test`: every suite, building the production app once for the integration and e2e suites.
import { spawnSync } from "node:child_process";

const steps: { name: string; command: string[] }[] = [
  { name: "typecheck", command: ["npx", "tsc", "--noEmit"] },
  { name: "unit", command: ["npx", "vitest", "run", "--project", "unit"] },
  { name: "build", command: ["npm", "run", "build"] },
  { name: "integration", command: ["npx", "vitest", "run", "--project", "integration"] },
  { name: "e2e", command: ["npx", "playwright", "test"] },
];

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const results: { name: string; ok: boolean; seconds: number }[] = [];
for (const step of steps) {
  console.log(`\n=== ${step.name}: ${step.command.join(" ")}`);
  const started = Date.now();
  const { status } = spawnSync(step.command[0], step.command.slice(1), { stdio: "inherit", env });
  results.push({ name: step.name, ok: status === 0, seconds: (Date.now() - started) / 1000 });
  // Later suites need the build; without it their failures would only repeat this one.
  if (status !== 0 && step.name === "build") break;
}

console.log("\n=== summary");
for (const r of results) console.log(`${r.ok ? "✓" : "✗"} ${r.name.padEnd(12)} ${r.seconds.toFixed(1)} s`);
const failed = results.filter((r) => !r.ok).length;
console.log(`suites: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
