-- Okta lifecycle signals: event hook deliveries (applied once each) and Universal Logout's used JWT ids.

CREATE TABLE "OktaEvent" (
    "uuid" TEXT NOT NULL,
    "eventType" TEXT NOT NULL,
    "oktaUserId" TEXT,
    "groupName" TEXT,
    "published" TIMESTAMP(3) NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "payload" TEXT NOT NULL,
    "appliedAt" TIMESTAMP(3),
    "result" TEXT,

    CONSTRAINT "OktaEvent_pkey" PRIMARY KEY ("uuid")
);

CREATE INDEX "OktaEvent_appliedAt_published_idx" ON "OktaEvent"("appliedAt", "published");

CREATE INDEX "OktaEvent_receivedAt_idx" ON "OktaEvent"("receivedAt");

CREATE INDEX "OktaEvent_oktaUserId_groupName_published_idx" ON "OktaEvent"("oktaUserId", "groupName", "published");

CREATE TABLE "UsedTokenId" (
    "jti" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UsedTokenId_pkey" PRIMARY KEY ("jti")
);

CREATE INDEX "UsedTokenId_expiresAt_idx" ON "UsedTokenId"("expiresAt");
