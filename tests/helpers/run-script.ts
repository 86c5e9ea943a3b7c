import { execFile } from "node:child_process";
import path from "node:path";

export interface ScriptRun {
  status: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
}

/**
 * Runs one of the portal's CLI scripts (`npm run okta:sync`, `db:backup`, …) as an operator would:
 * through tsx, in production mode, with exactly this environment. Asynchronous, so an IdP running
 * in the test's own process keeps answering the script.
 */
export function runScript(script: string, env: Record<string, string>, options: { args?: string[]; timeoutMs?: number } = {}): Promise<ScriptRun> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [path.join(process.cwd(), "node_modules/tsx/dist/cli.mjs"), script, ...(options.args ?? [])],
      { env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "production", ...env } as NodeJS.ProcessEnv, timeout: options.timeoutMs ?? 30_000 },
      (_, stdout, stderr) => resolve({ status: child.exitCode, stdout, stderr, seconds: (Date.now() - started) / 1000 }),
    );
  });
}
