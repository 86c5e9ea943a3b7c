// `npm start`: production server on PORT, after the configuration check and migrations.
import { loadEnvConfig } from "@next/env";
import { existsSync } from "node:fs";
import { prepareInstance } from "@/lib/boot/prepare-instance";
import { spawnNext } from "./spawn-next";

async function main() {
  loadEnvConfig(process.cwd());
  const config = await prepareInstance();
  if (!existsSync(".next/BUILD_ID")) {
    console.error("No production build found: run `npm run build` first.");
    process.exit(1);
  }
  console.log(`Portal: ${config.appUrl}/admin/login (listening on port ${config.port})`);
  spawnNext("start", config);
}

void main();
