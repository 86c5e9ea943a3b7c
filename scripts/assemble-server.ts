// The last step of `npm run build`: makes .next/standalone a directory that runs on its own, which
// `npm start` runs in place and the Dockerfile copies as the whole image (/app). Next's standalone
// output leaves out the static assets, and the portal's own start (checks, migrations, bootstrap
// admin, request hook, graceful shutdown) is bundled here as portal-server.js.
import { build } from "esbuild";
import { cpSync, existsSync, rmSync } from "node:fs";
import path from "node:path";
import { precompressStaticAssets } from "../lib/server/precompress-static-assets";

const ROOT = process.cwd();
const OUT = path.join(ROOT, ".next", "standalone");

/**
 * Loaded from the standalone node_modules instead of being bundled: Next itself (the server this
 * process runs), the native SQLite binding, pg and Prisma's runtime with its WebAssembly query
 * compilers. Next traced each of them there in the form require() loads; everything else is bundled.
 */
const EXTERNAL = ["next", "better-sqlite3", "pg", "@prisma/client"];

async function main() {
  if (!existsSync(path.join(OUT, ".next", "BUILD_ID"))) throw new Error('no standalone build: next.config.js must say output: "standalone"');
  cpSync(path.join(ROOT, ".next", "static"), path.join(OUT, ".next", "static"), { recursive: true });
  const compressed = precompressStaticAssets(path.join(OUT, ".next", "static"));
  if (existsSync(path.join(ROOT, "public"))) cpSync(path.join(ROOT, "public"), path.join(OUT, "public"), { recursive: true });
  // The migration runner and /ready read the SQL files from <working directory>/prisma/migrations.
  rmSync(path.join(OUT, "prisma"), { recursive: true, force: true });
  cpSync(path.join(ROOT, "prisma", "migrations"), path.join(OUT, "prisma", "migrations"), { recursive: true });
  // Next's own server.js would serve without migrating or draining: only portal-server.js starts the portal.
  rmSync(path.join(OUT, "server.js"), { force: true });

  await build({
    // The server, and the SQLite backup/restore commands for images that have no tsx.
    entryPoints: { "portal-server": path.join(ROOT, "scripts", "start.ts"), "portal-db": path.join(ROOT, "scripts", "db-backup.ts") },
    outdir: OUT,
    bundle: true,
    platform: "node",
    // CommonJS, so the traced CommonJS packages load with require() exactly as Next loads them;
    // import.meta.url (used by the generated Prisma client) is this file's URL.
    format: "cjs",
    target: "node20",
    external: EXTERNAL.flatMap((name) => [name, `${name}/*`]),
    define: { "import.meta.url": "__portalFileUrl" },
    banner: { js: 'const __portalFileUrl = require("node:url").pathToFileURL(__filename).href;' },
    logLevel: "warning",
  });
  console.log(
    `Standalone server assembled in ${path.relative(ROOT, OUT)} (start: node ${path.relative(ROOT, OUT)}/portal-server.js; ${compressed} assets precompressed)`,
  );
}

void main().catch((error: unknown) => {
  console.error(`assemble-server: ${(error as Error).message}`);
  process.exit(1);
});
