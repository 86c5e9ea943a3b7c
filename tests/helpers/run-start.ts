import { spawnSync } from "node:child_process";
import { START_SCRIPT } from "./start-portal";

/** Runs `npm start`'s script with exactly this environment and returns how it ended (for config failures). */
export function runStart(env: Record<string, string>): { status: number | null; stderr: string; stdout: string } {
  const result = spawnSync(process.execPath, [START_SCRIPT], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: "file:./data/never-created.db", NODE_ENV: "production", ...env } as NodeJS.ProcessEnv,
    encoding: "utf8",
    timeout: 20_000,
  });
  return { status: result.status, stderr: result.stderr, stdout: result.stdout };
}
