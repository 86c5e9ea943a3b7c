import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";

/** Which database the integration and e2e suites run against: TEST_DATABASE=sqlite (default) or postgresql. */
export const TEST_DATABASE = testDatabaseKind(process.env.TEST_DATABASE);
/** The server where per-run PostgreSQL databases are created; the `postgres` database only serves CREATE/DROP. */
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

function testDatabaseKind(raw: string | undefined): "sqlite" | "postgresql" {
  if (raw === undefined || raw === "" || raw === "sqlite" || raw === "postgresql") return raw || "sqlite";
  throw new Error(`TEST_DATABASE must be sqlite or postgresql (got "${raw}")`);
}

export interface TestDatabase {
  url: string;
  drop: () => Promise<void>;
}

async function onServer<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A brand-new empty database of the kind TEST_DATABASE selects (a temp SQLite file, or `portal_test_<random>`). */
export async function createTestDatabase(kind = TEST_DATABASE): Promise<TestDatabase> {
  if (kind === "sqlite") {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "portal-test-")), "portal.db");
    return { url: `file:${file}`, drop: async () => {} };
  }
  const name = `portal_test_${randomBytes(6).toString("hex")}`;
  await onServer((client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    // FORCE ends connections a stopped portal may have left behind.
    drop: async () => void (await onServer((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))),
  };
}
