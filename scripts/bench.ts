// `npm run bench`: production builds, loopback only, bounded; prints tables and writes bench-results/latest.json.
import { execSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { buildBareApp } from "./bench/bare-app";
import { benchBrowserLogins } from "./bench/browser-logins";
import { barePageScripts, pageScripts } from "./bench/page-weight";
import { printReport } from "./bench/print-report";
import { benchUsersApi } from "./bench/users-api";
import { startStack } from "../tests/helpers/start-stack";

const SIZES = (process.env.BENCH_SIZES ?? "1000,10000,100000").split(",").map(Number);
const DATABASES = (process.env.BENCH_DATABASES ?? "sqlite,postgresql").split(",") as ("sqlite" | "postgresql")[];
/** Browser logins per side (bare app, portal on each database); fewer while others share the CPU. */
const LOGINS = Number(process.env.BENCH_LOGINS ?? 30);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

async function main() {
  const started = Date.now();
  console.log("Building the portal and the bare app…");
  // BENCH_SKIP_BUILD=1 reuses the portal's current .next (a second run on the same code).
  if (process.env.BENCH_SKIP_BUILD !== "1") execSync("npm run build", { stdio: ["ignore", "ignore", "inherit"] });
  const bareAppDir = buildBareApp();
  const results: Record<string, unknown> = {
    machine: { cpus: (await import("node:os")).cpus().length, node: process.version, loadAverage: (await import("node:os")).loadavg() },
    at: new Date().toISOString(),
  };

  console.log(`Browser logins, bare app vs portal on ${DATABASES.join(" and ")} (${LOGINS} each in ${ROUNDS} alternating rounds)…`);
  results.logins = await benchBrowserLogins(bareAppDir, DATABASES, LOGINS, ROUNDS).finally(() => rmSync(bareAppDir, { recursive: true, force: true }));
  save(results);

  results.usersApi = [];
  for (const kind of DATABASES) {
    for (const size of SIZES) {
      console.log(`Users API and users page on ${kind} at ${size.toLocaleString("en")} users…`);
      (results.usersApi as unknown[]).push(await benchUsersApi(kind, size, 200, 4));
      save(results);
    }
  }

  console.log("Login page weight…");
  const stack = await startStack();
  const login = await pageScripts(`${stack.portal.url}/admin/login`).finally(() => stack.stop());
  const bare = await barePageScripts(process.cwd());
  results.loginPageWeight = { login, bare, ratioGzip: Number((login.gzipBytes / bare.gzipBytes).toFixed(2)) };
  results.seconds = Math.round((Date.now() - started) / 1000);

  save(results);
  printReport(results);
  console.log("Written to bench-results/latest.json");
}

/** After every stage, so a run cut short still leaves what it measured. */
function save(results: Record<string, unknown>) {
  mkdirSync("bench-results", { recursive: true });
  writeFileSync("bench-results/latest.json", `${JSON.stringify(results, null, 2)}\n`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`Benchmark failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
