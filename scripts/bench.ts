// `npm run bench`: production build, loopback only, bounded; prints a table and writes bench-results/latest.json.
import { execSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { benchLogin } from "./bench/login";
import { barePageScripts, pageScripts } from "./bench/page-weight";
import { benchUsersApi } from "./bench/users-api";
import { startStack } from "../tests/helpers/start-stack";

const SIZES = (process.env.BENCH_SIZES ?? "1000,10000,100000").split(",").map(Number);
const DATABASES = (process.env.BENCH_DATABASES ?? "sqlite,postgresql").split(",") as ("sqlite" | "postgresql")[];
const LOGINS = Number(process.env.BENCH_LOGINS ?? 100);

async function main() {
  const started = Date.now();
  execSync("npm run build", { stdio: ["ignore", "ignore", "inherit"] });
  const results: Record<string, unknown> = { machine: { cpus: (await import("node:os")).cpus().length, node: process.version }, at: new Date().toISOString() };

  results.login = [];
  results.usersApi = [];
  for (const kind of DATABASES) {
    console.log(`Login round trip on ${kind} (${LOGINS} logins)…`);
    (results.login as unknown[]).push(await benchLogin(kind, LOGINS));
    for (const size of SIZES) {
      console.log(`Users API and users page on ${kind} at ${size.toLocaleString("en")} users…`);
      (results.usersApi as unknown[]).push(await benchUsersApi(kind, size, 200, 4));
    }
  }

  console.log("Login page weight…");
  const stack = await startStack();
  const login = await pageScripts(`${stack.portal.url}/admin/login`).finally(() => stack.stop());
  const bare = await barePageScripts(process.cwd());
  results.loginPageWeight = { login, bare, ratioGzip: Number((login.gzipBytes / bare.gzipBytes).toFixed(2)) };
  results.seconds = Math.round((Date.now() - started) / 1000);

  mkdirSync("bench-results", { recursive: true });
  writeFileSync("bench-results/latest.json", `${JSON.stringify(results, null, 2)}\n`);
  printTable(results);
}

function printTable(r: Record<string, any>) {
  const rows: [string, string, string][] = [];
  for (const l of r.login) {
    rows.push([`Login round trip p50 / p95 (${l.database})`, `${l.total.p50} / ${l.total.p95} ms`, `portal share ${Math.round(l.portalShareOfLogin * 100)}%`]);
    rows.push(["  IdP alone p50", `${l.idpAlone.p50} ms`, ""]);
    rows.push(["  Portal own work (callback + first /admin) p50", `${l.portalOwnWork.p50} ms`, `target < 25 ms: ${l.portalOwnWork.p50 < 25 ? "met" : "not met"}`]);
  }
  for (const u of r.usersApi) {
    for (const name of ["first", "deep", "search"]) {
      const c = u[name];
      rows.push([`GET /auth/users ${name} @ ${u.users.toLocaleString("en")} (${u.database})`, `p50 ${c.p50} ms, p99 ${c.p99} ms, ${c.rps} req/s`, `SQL floor ${c.floorP50} ms: ${c.ratio}× (target ≤ 3×); with HTTP floor ${u.httpFloorP50} ms: ${c.ratioWithHttp}×`]);
    }
    rows.push([`Users page render @ ${u.users.toLocaleString("en")} (${u.database})`, `p50 ${u.usersPageRender.p50} ms`, u.users >= 100000 ? `target < 150 ms: ${u.usersPageRender.p50 < 150 ? "met" : "not met"}` : ""]);
  }
  const w = r.loginPageWeight;
  rows.push(["/admin/login JavaScript (gzip)", `${Math.round(w.login.gzipBytes / 1024)} KiB in ${w.login.files} files`, `bare page ${Math.round(w.bare.gzipBytes / 1024)} KiB, ${w.ratioGzip}× (target ≤ 1.15×)`]);
  rows.push(["Peak server RSS", `${Math.max(...r.login.map((l: any) => l.peakRssMiB), ...r.usersApi.map((u: any) => u.peakRssMiB))} MiB`, ""]);
  rows.push(["Benchmark duration", `${r.seconds} s`, ""]);
  const width = [Math.max(...rows.map((x) => x[0].length)), Math.max(...rows.map((x) => x[1].length))];
  for (const [a, b, c] of rows) console.log(`${a.padEnd(width[0])}  ${b.padEnd(width[1])}  ${c}`);
  console.log("Written to bench-results/latest.json");
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`Benchmark failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
