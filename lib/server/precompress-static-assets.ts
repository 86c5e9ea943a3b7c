import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** Asset kinds worth compressing; images and fonts other than SVG are compressed already. */
const COMPRESSIBLE = /\.(js|css|json|svg|txt|map)$/;
// Below this a compressed copy saves less than the headers it needs.
const MIN_BYTES = 1024;

/**
 * Writes `<file>.br` (quality 11) and `<file>.gz` (level 9) beside every compressible build asset
 * under `staticDir`, once at build time: serveStaticAsset sends them as they are, so no request
 * pays for compressing an asset that never changes. Returns how many files it compressed.
 */
export function precompressStaticAssets(staticDir: string): number {
  let count = 0;
  for (const entry of readdirSync(staticDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const content = readFileSync(file);
    if (content.length < MIN_BYTES) continue;
    writeFileSync(
      `${file}.br`,
      brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }),
    );
    writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
    count++;
  }
  return count;
}
