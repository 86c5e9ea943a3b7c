import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Integration tests run against the production build; `npm test` builds once before them. */
export default function setup() {
  if (!existsSync(".next/BUILD_ID")) execSync("npm run build", { stdio: "inherit" });
}
