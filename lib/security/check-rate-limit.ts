import { createHash } from "node:crypto";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { getConfig } from "@/lib/config/get-config";
import { databaseKind } from "@/lib/db/database-kind";
import { pgPool } from "@/lib/db/pg-pool";
import { DomainError } from "@/lib/errors/domain-error";
import { log } from "@/lib/log/logger";
import { countRateLimited } from "@/lib/metrics/count-rate-limited";

/** The limits the portal enforces, each per minute; `tokenFailure` counts rejected Bearer tokens per address. */
export type RateLimitName = "login" | "sso" | "api" | "tokenFailure";

/** Table created by migration 0007 (PostgreSQL only). */
export const RATE_LIMIT_TABLE = "RateLimit";
const DURATION_SECONDS = 60;
// The memory store forgets a key a minute after its first hit; refusing keys beyond this many new
// ones a minute keeps a flood of distinct keys from growing it without bound.
const MAX_NEW_MEMORY_KEYS_PER_MINUTE = 50_000;

const globalForLimiters = globalThis as unknown as { portalRateLimiters?: Map<RateLimitName, RateLimiterAbstract> };
let fresh = { minute: 0, count: 0 };

function pointsOf(name: RateLimitName): number {
  const { rateLimits } = getConfig();
  return name === "tokenFailure" ? rateLimits.login : rateLimits[name];
}

async function limiter(name: RateLimitName): Promise<RateLimiterAbstract> {
  const limiters = (globalForLimiters.portalRateLimiters ??= new Map());
  const existing = limiters.get(name);
  if (existing) return existing;
  const options = { keyPrefix: name, points: pointsOf(name), duration: DURATION_SECONDS };
  // On PostgreSQL every instance counts in one table, so N instances still allow the limit once, not N times.
  const store =
    databaseKind(getConfig().databaseUrl) === "postgresql"
      ? new RateLimiterPostgres({ ...options, storeClient: await pgPool(), storeType: "pool", tableName: RATE_LIMIT_TABLE, tableCreated: true })
      : new RateLimiterMemory(options);
  // A simultaneous first call may have made one while pg loaded: every caller keeps counting in the same one.
  if (!limiters.has(name)) limiters.set(name, store);
  return limiters.get(name)!;
}

// Keys come from request data (addresses, token ids); hashing bounds their size in either store.
const boundedKey = (key: string) => createHash("sha256").update(key).digest("base64url").slice(0, 32);

/**
 * Counts `points` (0 only reads) against `key` under the named one-minute limit and returns how many
 * were used in this window; over the limit it throws a rate_limited DomainError with Retry-After.
 */
export async function checkRateLimit(name: RateLimitName, key: string, points = 1): Promise<{ consumed: number; windowStartedAt: Date }> {
  const store = await limiter(name);
  let result: RateLimiterRes;
  if (points === 0) {
    // Only a read: on PostgreSQL a SELECT instead of an upsert of the row for every authenticated request.
    const current = await store.get(boundedKey(key));
    if (!current) return { consumed: 0, windowStartedAt: new Date() };
    result = current;
  } else {
    try {
      result = await store.consume(boundedKey(key), points);
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      throw tooMany(name, refusal.msBeforeNext);
    }
    if (store instanceof RateLimiterMemory && result.isFirstInDuration) admitNewMemoryKey(name, result.msBeforeNext);
  }
  if (result.consumedPoints > store.points) throw tooMany(name, result.msBeforeNext);
  return { consumed: result.consumedPoints, windowStartedAt: new Date(Date.now() + result.msBeforeNext - DURATION_SECONDS * 1000) };
}

function admitNewMemoryKey(name: RateLimitName, msBeforeNext: number) {
  const minute = Math.floor(Date.now() / 60_000);
  if (fresh.minute !== minute) fresh = { minute, count: 0 };
  if (++fresh.count > MAX_NEW_MEMORY_KEYS_PER_MINUTE) {
    log.warn("rate_limit.memory_full", { newKeysThisMinute: fresh.count });
    throw tooMany(name, msBeforeNext);
  }
}

function tooMany(name: RateLimitName, msBeforeNext: number): DomainError {
  countRateLimited(name);
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new DomainError("rate_limited", `Too many requests; try again in ${seconds} s`, seconds);
}
