import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { freePort } from "../../tests/helpers/free-port";

/** JavaScript a browser loads for a page: every <script src> in its HTML, raw and gzipped bytes. */
export async function pageScripts(url: string): Promise<{ files: number; bytes: number; gzipBytes: number }> {
  const html = await (await fetch(url)).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
  let bytes = 0;
  let gzipBytes = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, url))).arrayBuffer());
    bytes += body.length;
    gzipBytes += gzipSync(body).length;
  }
  return { files: sources.length, bytes, gzipBytes };
}

const BARE_PAGE = `export default function Page() { return <main><h1>Bare</h1></main>; }\n`;
const BARE_LAYOUT = `export default function RootLayout({ children }: { children: React.ReactNode }) { return <html lang="en"><body>{children}</body></html>; }\n`;

/** Builds and serves a bare Next.js page with the same installed versions, and measures its JavaScript. */
export async function barePageScripts(root: string) {
  const dir = path.join(root, ".bench", "bare");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "app"), { recursive: true });
  writeFileSync(path.join(dir, "app", "page.tsx"), BARE_PAGE);
  writeFileSync(path.join(dir, "app", "layout.tsx"), BARE_LAYOUT);
  writeFileSync(path.join(dir, "next.config.js"), `module.exports = { turbopack: { root: ${JSON.stringify(root)} } };\n`);
  const next = path.join(root, "node_modules/next/dist/bin/next");
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  const build = spawnSync(process.execPath, [next, "build", dir], { env, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`bare page build failed:\n${build.stdout}\n${build.stderr}`);
  const port = await freePort();
  const server = spawn(process.execPath, [next, "start", dir, "-p", String(port), "-H", "127.0.0.1"], { env, stdio: "ignore" });
  try {
    for (let i = 0; i < 100; i++) {
      try {
        return await pageScripts(`http://127.0.0.1:${port}/`);
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    throw new Error("bare page server did not start");
  } finally {
    server.kill("SIGTERM");
    rmSync(path.join(root, ".bench"), { recursive: true, force: true });
  }
}
