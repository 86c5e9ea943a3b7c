import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createTestDatabase } from "./test-database";

export interface RunningPortal {
  url: string;
  port: number;
  pid: number;
  /** The portal's DATABASE_URL, for `portalDb` and for a second instance on the same database. */
  databaseUrl: string;
  /** Everything the portal printed, for assertions on logs and for debugging failures. */
  output: () => string;
  stop: () => Promise<void>;
  /** How the process ended (exit code, or null when a signal killed it), for tests that stop it themselves. */
  exited: Promise<number | null>;
  /** SIGKILL for the whole process group: a crash, not a shutdown. */
  crash: () => Promise<void>;
}

const ROOT = process.cwd();
// Generous: on a shared 2-core machine a cold start (migrations, scrypt of the bootstrap admin, first route load) can take most of a minute.
const READY_TIMEOUT_MS = 90_000;
/** What `npm start` runs (package.json): the bundled start script beside the standalone build. */
export const START_SCRIPT = path.join(ROOT, ".next/standalone/portal-server.js");

/**
 * Starts the production build exactly as `npm start` does (config check, migrations, one server process)
 * on a free port and waits until it answers. Without `databaseUrl` it gets a fresh database of the
 * kind TEST_DATABASE selects, dropped again on stop; with one, it shares that database.
 */
export async function startPortal(
  port: number,
  env: Record<string, string>,
  options: { databaseUrl?: string; command?: string[]; cwd?: string; readyTimeoutMs?: number } = {},
): Promise<RunningPortal> {
  const own = options.databaseUrl ? null : await createTestDatabase();
  const databaseUrl = options.databaseUrl ?? own!.url;
  const url = `http://127.0.0.1:${port}`;
  // `command` runs another start command (the container image's), "node" meaning this Node.
  const [program, ...args] = options.command ?? [process.execPath, START_SCRIPT];
  const child = spawn(program === "node" ? process.execPath : program, args, {
    cwd: options.cwd ?? ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      APP_URL: url,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      ...env,
    } as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group, so crash() kills everything the portal may have spawned.
    detached: true,
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  try {
    await waitUntilUp(child, `${url}/auth/sso/providers`, () => output, options.readyTimeoutMs ?? READY_TIMEOUT_MS);
  } catch (error) {
    await own?.drop();
    throw error;
  }
  const crash = async () => {
    process.kill(-child.pid!, "SIGKILL");
    await exited;
  };
  return { url, port, pid: child.pid!, databaseUrl, exited, output: () => output, stop: async () => (await stop(child), await own?.drop()), crash };
}

async function waitUntilUp(child: ChildProcess, probe: string, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`portal exited with ${child.exitCode}:\n${output()}`);
    try {
      await fetch(probe, { signal: AbortSignal.timeout(1_000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
  // The whole group: killing only the start script would leave next-server running.
  process.kill(-child.pid!, "SIGKILL");
  throw new Error(`portal did not answer within ${timeoutMs / 1000} s:\n${output()}`);
}

function stop(child: ChildProcess): Promise<void> {
  // A crashed (signal-killed) child has a signalCode and no exitCode.
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
