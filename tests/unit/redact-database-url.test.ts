import { describe, expect, it } from "vitest";
import { redactDatabaseUrl } from "@/lib/db/redact-database-url";

describe("redactDatabaseUrl", () => {
  it.each([
    ["postgresql://portal:s3cr%40t@db.internal:5432/portal", "postgresql://portal:***@db.internal:5432/portal"],
    ["postgres://portal@db.internal/portal", "postgres://portal@db.internal/portal"],
    ["file:./data/portal.db", "file:./data/portal.db"],
  ])("%s → %s", (url, shown) => {
    expect(redactDatabaseUrl(url)).toBe(shown);
  });
});
