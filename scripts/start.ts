// `npm start` and the container image: one Node process that checks the configuration, migrates,
// creates the bootstrap admin and then serves the standalone build itself. `npm run build` bundles
// this file into .next/standalone/portal-server.js (scripts/assemble-server.ts), beside that build.
import { loadEnvConfig } from "@next/env";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { prepareInstance } from "@/lib/boot/prepare-instance";
import { getConfig } from "@/lib/config/get-config";
import { log } from "@/lib/log/logger";
import { servePortal } from "@/lib/server/serve-portal";

const dir = path.dirname(fileURLToPath(import.meta.url));

async function main() {
  // Next and React choose their production builds from this, as `next start` would set it.
  Object.assign(process.env, { NODE_ENV: "production" });
  process.title = "mcp-portal";
  // .env and the data directory are the operator's, in the working directory; the build is beside this file.
  loadEnvConfig(process.cwd());
  // Checks the configuration at once (exiting on an error), then migrates and creates the bootstrap
  // admin (a deliberately slow scrypt) while Next loads on the other core; the port opens after both.
  const preparing = prepareInstance();
  // Awaited by servePortal once Next is loaded; this handler only keeps an early failure from counting as unhandled.
  preparing.catch(() => {});
  const config = getConfig();
  if (!existsSync(path.join(dir, ".next", "BUILD_ID"))) {
    console.error("No production build found: run `npm run build` first, then `npm start`.");
    process.exit(1);
  }
  process.env.NEXTAUTH_URL = `${config.appUrl}/auth/sso`;
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const portal = await servePortal({
    dev: false,
    dir,
    port: config.port,
    trustedProxies: config.trustedProxies,
    shutdownGraceSeconds: config.shutdownGraceSeconds,
    ready: preparing,
  });
  console.log(`Portal: ${config.appUrl}/admin/login (listening on port ${config.port})`);
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      log.info("server.stopping", { signal, graceSeconds: config.shutdownGraceSeconds });
      void portal.shutDown().then(() => process.exit(0));
    });
  }
}

void main();
