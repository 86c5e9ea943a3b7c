import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Integration tests run against the production build; `npm test` builds once before them. */
export default function setup() {
  // The bundled start script is the build's last step: without it the build is missing or stale.
  if (!existsSync(".next/BUILD_ID") || !existsSync(".next/standalone/portal-server.js")) execSync("npm run build", { stdio: "inherit" });
}
