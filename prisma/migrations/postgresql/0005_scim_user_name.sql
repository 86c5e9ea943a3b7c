-- PostgreSQL twin of prisma/migrations/sqlite/0005_scim_user_name.sql (the same statements are valid in both dialects).
-- SCIM userName (the Okta login) stored apart from the email (matches prisma/schema.prisma).
-- Existing users keep null: their email stands in for the userName until SCIM sets one.

ALTER TABLE "User" ADD COLUMN "userName" TEXT;
CREATE UNIQUE INDEX "User_userName_key" ON "User"("userName");
