-- PostgreSQL twin of prisma/migrations/sqlite/0006_login_security.sql.
-- Password lockouts per account and client address; deactivation time for API tokens; hashed session tokens.

CREATE TABLE "LoginFailure" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LoginFailure_pkey" PRIMARY KEY ("key")
);
CREATE INDEX "LoginFailure_updatedAt_idx" ON "LoginFailure"("updatedAt");

ALTER TABLE "User" ADD COLUMN "deactivatedAt" TIMESTAMP(3);

-- Session.sessionToken now holds the SHA-256 of the cookie's secret; rows from before hold the
-- secret itself and can't be told apart, so every existing session ends (users sign in again).
DELETE FROM "Session";
