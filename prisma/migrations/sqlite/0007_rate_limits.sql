-- Twin of prisma/migrations/postgresql/0007_rate_limits.sql. On SQLite there is one instance per
-- database file, so rate limits are counted in that process's memory and need no table.
SELECT 1;
