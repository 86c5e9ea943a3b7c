import { spawn } from "node:child_process";
import type { Config } from "@/lib/config/parse-config";

/**
 * Runs `next <command>` as a child with NEXTAUTH_URL derived from APP_URL, forwards SIGINT/SIGTERM,
 * and exits with the child's code, so stopping this script never leaves a next-server behind.
 */
export function spawnNext(command: "dev" | "start", config: Config): void {
  const nextBin = require.resolve("next/dist/bin/next");
  // Keep idle connections longer than a load balancer's usual idle timeout (60 s), so it never
  // reuses a socket the server is closing (the "other side closed" race).
  const keepAlive = command === "start" ? ["--keepAliveTimeout", "65000"] : [];
  const child = spawn(process.execPath, [nextBin, command, "-p", String(config.port), ...keepAlive], {
    stdio: "inherit",
    env: { ...process.env, NEXTAUTH_URL: `${config.appUrl}/auth/sso`, NEXT_TELEMETRY_DISABLED: "1" },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  process.on("exit", () => child.kill("SIGTERM"));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}
