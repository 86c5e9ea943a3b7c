-- Shared rate-limit counters (rate-limiter-flexible's RateLimiterPostgres layout), so every instance
-- on this database enforces one count per key instead of one each. Rows expire by `expire` (ms since
-- the epoch); the library deletes old ones every few minutes.
CREATE TABLE "RateLimit" (
  "key" varchar(255) PRIMARY KEY,
  "points" integer NOT NULL DEFAULT 0,
  "expire" bigint
);
