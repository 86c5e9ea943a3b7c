-- Okta lifecycle signals: event hook deliveries (applied once each) and Universal Logout's used JWT ids.

CREATE TABLE "OktaEvent" (
    "uuid" TEXT NOT NULL PRIMARY KEY,
    "eventType" TEXT NOT NULL,
    "oktaUserId" TEXT,
    "groupName" TEXT,
    "published" DATETIME NOT NULL,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "payload" TEXT NOT NULL,
    "appliedAt" DATETIME,
    "result" TEXT
);

CREATE INDEX "OktaEvent_appliedAt_published_idx" ON "OktaEvent"("appliedAt", "published");

CREATE INDEX "OktaEvent_receivedAt_idx" ON "OktaEvent"("receivedAt");

CREATE INDEX "OktaEvent_oktaUserId_groupName_published_idx" ON "OktaEvent"("oktaUserId", "groupName", "published");

CREATE TABLE "UsedTokenId" (
    "jti" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" DATETIME NOT NULL
);

CREATE INDEX "UsedTokenId_expiresAt_idx" ON "UsedTokenId"("expiresAt");
