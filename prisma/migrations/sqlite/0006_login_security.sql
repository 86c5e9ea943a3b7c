-- Password lockouts per account and client address; deactivation time for API tokens; hashed session tokens.

CREATE TABLE "LoginFailure" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "count" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" DATETIME,
    "updatedAt" DATETIME NOT NULL
);
CREATE INDEX "LoginFailure_updatedAt_idx" ON "LoginFailure"("updatedAt");

ALTER TABLE "User" ADD COLUMN "deactivatedAt" DATETIME;

-- Session.sessionToken now holds the SHA-256 of the cookie's secret; rows from before hold the
-- secret itself and can't be told apart, so every existing session ends (users sign in again).
DELETE FROM "Session";
