-- The X-Request-Id of the request that caused an audit event, to find its log lines.
ALTER TABLE "AuditEvent" ADD COLUMN "requestId" TEXT;
CREATE INDEX "AuditEvent_requestId_idx" ON "AuditEvent"("requestId");
