-- PostgreSQL twin of prisma/migrations/sqlite/0004_overview_index.sql (the same statements are valid in both dialects).
-- Covering index for the overview's sign-in counts (type, day range, outcome).
CREATE INDEX "AuditEvent_type_createdAt_outcome_idx" ON "AuditEvent"("type", "createdAt", "outcome");
