import { createReadStream, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";

const PREFIX = "/_next/static/";
const TYPES: Record<string, string> = {
  ".js": "application/javascript; charset=UTF-8",
  ".css": "text/css; charset=UTF-8",
  ".json": "application/json; charset=UTF-8",
  ".map": "application/json; charset=UTF-8",
  ".txt": "text/plain; charset=UTF-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};
const ENCODINGS = [
  { name: "br", suffix: ".br" },
  { name: "gzip", suffix: ".gz" },
] as const;

interface Variant {
  file: string;
  size: number;
  encoding: string | null;
}

// The build's assets never change while this process runs: each asset's copies are looked up once.
// Only files that exist under the assets directory get an entry, so the map is bounded by the build.
const variantsByFile = new Map<string, Variant[]>();

/**
 * Answers GET/HEAD for Next's build assets (/_next/static: content-hashed, so cached for a year)
 * with the brotli or gzip copy precompressStaticAssets made at build time, as the browser accepts,
 * instead of Next compressing the same file again for every page load. Returns false for anything
 * else, a missing file or a path outside the assets included, which Next then answers itself.
 */
export function serveStaticAsset(req: IncomingMessage, res: ServerResponse, staticDir: string): boolean {
  if ((req.method !== "GET" && req.method !== "HEAD") || !req.url?.startsWith(PREFIX)) return false;
  let relative: string;
  try {
    relative = decodeURIComponent(req.url.slice(PREFIX.length).split("?")[0]);
  } catch {
    return false;
  }
  const type = TYPES[path.extname(relative)];
  const file = path.resolve(staticDir, relative);
  if (!type || relative.includes("\0") || !file.startsWith(staticDir + path.sep)) return false;
  const accepted = acceptedEncodings(req.headers["accept-encoding"]);
  const variant = variantsOf(file)?.find((candidate) => candidate.encoding === null || accepted.has(candidate.encoding));
  if (!variant) return false;
  res.writeHead(200, {
    "Content-Type": type,
    "Content-Length": variant.size,
    "Cache-Control": "public, max-age=31536000, immutable",
    "X-Content-Type-Options": "nosniff",
    Vary: "Accept-Encoding",
    ...(variant.encoding && { "Content-Encoding": variant.encoding }),
  });
  if (req.method === "HEAD") res.end();
  else createReadStream(variant.file).pipe(res);
  return true;
}

/** The asset's precompressed copies, best first, then the file itself; null when there is no such asset. */
function variantsOf(file: string): Variant[] | null {
  const known = variantsByFile.get(file);
  if (known) return known;
  const original = statVariant(file, null);
  if (!original) return null;
  const copies = ENCODINGS.map((encoding) => statVariant(`${file}${encoding.suffix}`, encoding.name)).filter((copy) => copy !== null);
  const variants = [...copies, original];
  variantsByFile.set(file, variants);
  return variants;
}

function statVariant(file: string, encoding: string | null): Variant | null {
  try {
    const stat = statSync(file);
    return stat.isFile() ? { file, size: stat.size, encoding } : null;
  } catch {
    return null;
  }
}

/** Content codings the client accepts, per RFC 9110 (q=0 refuses one). */
function acceptedEncodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const part of (header ?? "").split(",")) {
    const [name, ...parameters] = part.trim().toLowerCase().split(";");
    const q = parameters.map((parameter) => parameter.trim()).find((parameter) => parameter.startsWith("q="));
    if (name && (!q || Number(q.slice(2)) > 0)) accepted.add(name);
  }
  return accepted;
}
