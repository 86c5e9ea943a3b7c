-- PostgreSQL twin of prisma/migrations/sqlite/0008_audit_request_id.sql (the same statements are valid in both dialects).
-- The X-Request-Id of the request that caused an audit event, to find its log lines.
ALTER TABLE "AuditEvent" ADD COLUMN "requestId" TEXT;
CREATE INDEX "AuditEvent_requestId_idx" ON "AuditEvent"("requestId");
