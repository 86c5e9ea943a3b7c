-- SCIM userName (the Okta login) stored apart from the email (matches prisma/schema.prisma).
-- Existing users keep null: their email stands in for the userName until SCIM sets one.

ALTER TABLE "User" ADD COLUMN "userName" TEXT;
CREATE UNIQUE INDEX "User_userName_key" ON "User"("userName");
