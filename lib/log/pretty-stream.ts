import { createRequire } from "node:module";
import path from "node:path";
import type { DestinationStream } from "pino";

/**
 * Human-readable lines for `npm run dev`. pino-pretty is a devDependency: it is loaded by a
 * require the bundler cannot follow, and only in development, so a production build or image
 * never needs it. It runs in this thread (no worker transport, which Next's bundles cannot load).
 */
export function prettyStream(): DestinationStream {
  const load = createRequire(path.join(/* turbopackIgnore: true */ process.cwd(), "package.json"));
  const pretty = load("pino-pretty") as (options: Record<string, unknown>) => DestinationStream;
  return pretty({ sync: true, singleLine: true, translateTime: "SYS:HH:MM:ss.l", ignore: "pid,hostname" });
}
