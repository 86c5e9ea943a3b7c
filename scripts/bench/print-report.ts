/* eslint-disable @typescript-eslint/no-explicit-any -- reads back the JSON the bench just wrote */
import type { EndpointKind } from "@/idp/server";

type Row = string[];

function printTable(header: Row, rows: Row[]) {
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => (row[i] ?? "").length)));
  for (const row of [header, widths.map((w) => "-".repeat(w)), ...rows])
    console.log(
      row
        .map((cell, i) => (cell ?? "").padEnd(widths[i]))
        .join("  ")
        .trimEnd(),
    );
  console.log("");
}

const verdict = (ratio: number, target: number) => `≤ ${target}×: ${ratio <= target ? "met" : "NOT met"}`;
const ratio = (a: number, b: number) => Number((a / b).toFixed(2));

function describeCalls(calls: Record<EndpointKind, number>): string {
  const parts = Object.entries(calls)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${kind}×${n}`);
  return parts.join(", ") || "none";
}

/** The side-by-side login table with issue 12's targets, then the API and page figures. */
export function printReport(r: Record<string, any>) {
  const bare = r.logins.find((s: any) => s.name === "bare");
  const portals = r.logins.filter((s: any) => s.name !== "bare");
  console.log(
    `\nPer login, p50 (${bare.logins} browser logins per side, load average at start ${r.machine.loadAverage.map((l: number) => l.toFixed(1)).join(" ")})\n`,
  );
  const header = ["", "bare app (SQLite)", ...portals.flatMap((p: any) => [p.name, "÷ bare", "target"])];
  const row = (label: string, pick: (s: any) => number, unit: string, target: (kind: string) => number | undefined) => [
    label,
    `${pick(bare)} ${unit}`,
    ...portals.flatMap((p: any) => {
      const t = target(p.name.replace("portal-", ""));
      return [`${pick(p)} ${unit}`, `${ratio(pick(p), pick(bare))}`, t === undefined ? "—" : verdict(ratio(pick(p), pick(bare)), t)];
    }),
  ];
  printTable(header, [
    row(
      "click → /admin shows the email",
      (s) => s.clickToEmail,
      "ms",
      (kind) => (kind === "sqlite" ? 1.0 : undefined),
    ),
    row(
      "portal's own work (callback − IdP time + /admin TTFB)",
      (s) => s.ownWork,
      "ms",
      (kind) => (kind === "sqlite" ? 0.8 : 1.0),
    ),
    row(
      "/admin TTFB",
      (s) => s.adminTtfb,
      "ms",
      () => undefined,
    ),
    row(
      "/admin response headers → email in the DOM",
      (s) => s.headersToEmail,
      "ms",
      () => undefined,
    ),
    row(
      "peak memory of the production start (all processes)",
      (s) => s.peakMemoryMiB,
      "MiB",
      () => 1.1,
    ),
    [
      "server-to-server IdP calls per login (steady state)",
      describeCalls(bare.callsPerLogin),
      ...portals.flatMap((p: any) => {
        const c = p.callsMaxPerLogin;
        const met = c.discovery === 0 && c.jwks === 0 && c.token === 1 && c.userinfo <= 1;
        return [describeCalls(p.callsPerLogin), "", `token only (+userinfo if thin): ${met ? "met" : "NOT met"}`];
      }),
    ],
    ["  first login (cold caches)", describeCalls(bare.callsFirstLogin), ...portals.flatMap((p: any) => [describeCalls(p.callsFirstLogin), "", ""])],
  ]);

  const apiRows: Row[] = [];
  for (const u of r.usersApi) {
    for (const name of ["first", "deep", "search"]) {
      const c = u[name];
      const target = u.users >= 100000 ? verdict(c.ratioWithHttp, 1.3) : "";
      apiRows.push([
        `GET /auth/users ${name} @ ${u.users.toLocaleString("en")} (${u.database})`,
        `p50 ${c.p50} ms, p99 ${c.p99} ms, ${c.rps} req/s`,
        `${c.ratioWithHttp}× (/health ${u.httpFloorP50} + SQL ${c.floorP50} ms)`,
        target,
      ]);
    }
    apiRows.push([
      `Users page render @ ${u.users.toLocaleString("en")} (${u.database})`,
      `p50 ${u.usersPageRender.p50} ms`,
      "",
      u.users >= 100000 ? `< 150 ms: ${u.usersPageRender.p50 < 150 ? "met" : "NOT met"}` : "",
    ]);
  }
  const w = r.loginPageWeight;
  apiRows.push([
    "/admin/login JavaScript (gzip)",
    `${Math.round(w.login.gzipBytes / 1024)} KiB in ${w.login.files} files`,
    `${w.ratioGzip}× the bare page's ${Math.round(w.bare.gzipBytes / 1024)} KiB`,
    verdict(w.ratioGzip, 1.15),
  ]);
  apiRows.push(["Benchmark duration", `${r.seconds} s`, "", ""]);
  printTable(["API and pages", "measured", "÷ floor", "target"], apiRows);
}
