import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const sqlFiles = (kind: string) =>
  readdirSync(`prisma/migrations/${kind}`)
    .filter((name) => name.endsWith(".sql"))
    .sort();

describe("PostgreSQL migrations twin the SQLite ones", () => {
  it("holds a file of the same name for every SQLite migration, and no other", () => {
    // A SQLite migration without its PostgreSQL twin would leave PostgreSQL deployments behind the schema.
    expect(sqlFiles("postgresql"), "add prisma/migrations/postgresql/<same name>.sql for every SQLite migration").toEqual(sqlFiles("sqlite"));
  });

  it("creates the same indexes under the same names", () => {
    const indexes = (kind: string) =>
      sqlFiles(kind)
        .flatMap((name) =>
          [...readFileSync(`prisma/migrations/${kind}/${name}`, "utf8").matchAll(/CREATE (?:UNIQUE )?INDEX "([^"]+)"/g)].map((match) => match[1]),
        )
        .sort();
    expect(indexes("postgresql")).toEqual(indexes("sqlite"));
  });
});
