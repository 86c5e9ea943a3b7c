-- PostgreSQL twin of prisma/migrations/sqlite/0002_scim.sql (the same statements are valid in both dialects).
-- SCIM provisioning: Okta's ids and the user's name parts (matches prisma/schema.prisma).

ALTER TABLE "User" ADD COLUMN "externalId" TEXT;
ALTER TABLE "User" ADD COLUMN "givenName" TEXT;
ALTER TABLE "User" ADD COLUMN "familyName" TEXT;
CREATE UNIQUE INDEX "User_externalId_key" ON "User"("externalId");

ALTER TABLE "Team" ADD COLUMN "externalId" TEXT;
