// A small levelled logger: one line per event, never a secret (callers pass ids and reasons, not tokens).

const LEVELS = { DEBUG: 10, INFO: 20, WARNING: 30, ERROR: 40, CRITICAL: 50 } as const;
type Level = keyof typeof LEVELS;

function threshold(): number {
  const configured = (process.env.LOG_LEVEL ?? "INFO").toUpperCase();
  return LEVELS[(configured === "WARN" ? "WARNING" : configured) as Level] ?? LEVELS.INFO;
}

function write(level: Level, event: string, fields: Record<string, unknown> = {}) {
  if (LEVELS[level] < threshold()) return;
  const details = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${typeof value === "string" ? JSON.stringify(value) : JSON.stringify(value ?? null)}`)
    .join(" ");
  const line = `${new Date().toISOString()} ${level} ${event}${details ? ` ${details}` : ""}`;
  (LEVELS[level] >= LEVELS.WARNING ? console.error : console.log)(line);
}

export const log = {
  debug: (event: string, fields?: Record<string, unknown>) => write("DEBUG", event, fields),
  info: (event: string, fields?: Record<string, unknown>) => write("INFO", event, fields),
  warn: (event: string, fields?: Record<string, unknown>) => write("WARNING", event, fields),
  error: (event: string, fields?: Record<string, unknown>) => write("ERROR", event, fields),
};
