-- PostgreSQL twin of prisma/migrations/sqlite/0008_observability.sql (the same statements are valid in both dialects).
-- The X-Request-Id of the request that caused an audit event, to find its log lines.
ALTER TABLE "AuditEvent" ADD COLUMN "requestId" TEXT;
CREATE INDEX "AuditEvent_requestId_idx" ON "AuditEvent"("requestId");
-- Lets the users-by-state metric count from an index instead of reading every user.
CREATE INDEX "User_isActive_idx" ON "User"("isActive");
