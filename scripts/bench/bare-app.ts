import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";

const FIXTURE = path.join(process.cwd(), "bench/bare-app");
const NODE_MODULES = path.join(process.cwd(), "node_modules");
const NEXT = path.join(NODE_MODULES, "next/dist/bin/next");

export interface RunningBareApp {
  url: string;
  pid: number;
  stop: () => Promise<void>;
}

/**
 * Copies the fixture (bench/bare-app) to a temporary directory with the portal's node_modules
 * linked in, generates its Prisma client and builds it for production. Returns the directory.
 */
export function buildBareApp(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-bare-app-"));
  cpSync(FIXTURE, dir, { recursive: true, filter: (source) => !/[/\\](\.next|generated)$/.test(source) });
  symlinkSync(NODE_MODULES, path.join(dir, "node_modules"));
  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false",
    BARE_APP_TURBOPACK_ROOT: commonAncestor(dir, NODE_MODULES),
  };
  for (const [command, args] of [
    [path.join(NODE_MODULES, ".bin/prisma"), ["generate", "--schema", path.join(dir, "prisma/schema.prisma")]],
    [process.execPath, [NEXT, "build", dir]],
  ] as const) {
    const run = spawnSync(command, args, { cwd: dir, env, encoding: "utf8" });
    if (run.status !== 0) throw new Error(`bare app: ${path.basename(command)} ${args[0]} failed:\n${run.stdout}\n${run.stderr}`);
  }
  return dir;
}

function commonAncestor(a: string, b: string): string {
  const [x, y] = [a.split(path.sep), b.split(path.sep)];
  const shared = x.findIndex((part, i) => part !== y[i]);
  return x.slice(0, shared === -1 ? x.length : shared).join(path.sep) || path.sep;
}

/** `next start` of the built bare app (in `appDir`) on a fresh SQLite file, pointed at the IdP as client `clientId`. */
export async function startBareApp(appDir: string, port: number, okta: { issuer: string; clientId: string; clientSecret: string }): Promise<RunningBareApp> {
  const dir = mkdtempSync(path.join(tmpdir(), "bare-app-"));
  const file = path.join(dir, "bare.db");
  const db = new Database(file);
  db.exec(readFileSync(path.join(appDir, "schema.sql"), "utf8"));
  db.close();
  const url = `http://127.0.0.1:${port}`;
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_URL: url,
    NEXTAUTH_SECRET: "bench-bare-app-secret-0123456789abcdef",
    OKTA_ISSUER: okta.issuer,
    OKTA_CLIENT_ID: okta.clientId,
    OKTA_CLIENT_SECRET: okta.clientSecret,
    DATABASE_FILE: file,
  } as NodeJS.ProcessEnv;
  // Its own process group, so stop() ends next start and anything it spawned.
  const child = spawn(process.execPath, [NEXT, "start", appDir, "-p", String(port), "-H", "127.0.0.1"], { env, stdio: "ignore", detached: true });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      process.kill(-child.pid!, "SIGTERM");
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${url}/api/auth/providers`, { signal: AbortSignal.timeout(1_000) })).ok) return { url, pid: child.pid!, stop };
    } catch {
      // not up yet
    }
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error("the bare app did not start");
}
