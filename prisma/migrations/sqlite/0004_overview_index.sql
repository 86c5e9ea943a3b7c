-- Covering index for the overview's sign-in counts (type, day range, outcome).
CREATE INDEX "AuditEvent_type_createdAt_outcome_idx" ON "AuditEvent"("type", "createdAt", "outcome");
