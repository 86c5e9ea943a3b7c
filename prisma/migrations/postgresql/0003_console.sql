-- PostgreSQL twin of prisma/migrations/sqlite/0003_console.sql (the same statements are valid in both dialects).
-- Indexes for the admin console's keyset-paginated lists (sessions, audit log filters, API tokens).

CREATE INDEX "Session_createdAt_idx" ON "Session"("createdAt");

CREATE INDEX "AuditEvent_subjectEmail_createdAt_idx" ON "AuditEvent"("subjectEmail", "createdAt");

CREATE INDEX "AuditEvent_actorEmail_createdAt_idx" ON "AuditEvent"("actorEmail", "createdAt");

CREATE INDEX "ApiToken_createdAt_idx" ON "ApiToken"("createdAt");
