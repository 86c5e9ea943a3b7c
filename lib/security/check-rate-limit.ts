import { ApiError } from "@/lib/api/api-error";
import { countRateLimited } from "@/lib/metrics/count-rate-limited";

const WINDOW_MS = 60_000;
const windows = new Map<string, { start: number; count: number }>();

/**
 * A fixed one-minute window per key, kept in this process's memory: losing it on restart is
 * harmless, and with several instances each enforces its own share (lockouts, which matter
 * across instances, are counted in the database). Throws a 429 ApiError with Retry-After.
 */
export function checkRateLimit(key: string, limitPerMinute: number, now = Date.now()): void {
  let window = windows.get(key);
  if (!window || now - window.start >= WINDOW_MS) {
    if (windows.size > 100_000) sweep(now);
    window = { start: now, count: 0 };
    windows.set(key, window);
  }
  window.count++;
  if (window.count > limitPerMinute) {
    countRateLimited(key);
    const retryAfter = Math.max(1, Math.ceil((window.start + WINDOW_MS - now) / 1000));
    throw new ApiError(429, `Too many requests; try again in ${retryAfter} s`, { "Retry-After": String(retryAfter) });
  }
}

function sweep(now: number) {
  for (const [key, window] of windows) if (now - window.start >= WINDOW_MS) windows.delete(key);
}
