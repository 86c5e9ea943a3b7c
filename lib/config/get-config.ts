import { parseConfig, type Config } from "./parse-config";

let cached: Config | undefined;

/** The configuration parsed once per process from the environment (scripts/start.ts checks it before the server starts). */
export function getConfig(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}
