import { Client } from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { freePort } from "../helpers/free-port";
import { startPortal, type RunningPortal } from "../helpers/start-portal";
import { createTestDatabase, TEST_POSTGRES_URL, type TestDatabase } from "../helpers/test-database";

// PostgreSQL on purpose, whatever TEST_DATABASE says: a server can refuse connections and come back,
// which is the outage to survive (an SQLite file can't go away while it is open).
let database: TestDatabase;
let portal: RunningPortal;
let token: string;

async function onServer(sql: string) {
  const client = new Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  database = await createTestDatabase("postgresql");
  portal = await startPortal(await freePort(), { SSO_ENABLED: "false", PLATFORM_ADMIN_EMAIL: "root@example.com", PLATFORM_ADMIN_PASSWORD: "root-password", LOG_LEVEL: "CRITICAL" }, { databaseUrl: database.url });
  const login = await fetch(`${portal.url}/auth/login`, { method: "POST", body: JSON.stringify({ email: "root@example.com", password: "root-password" }) });
  token = ((await login.json()) as { access_token: string }).access_token;
});
afterAll(async () => {
  await portal?.stop();
  await database?.drop();
});

it("answers 503 with a clear message while the database is unavailable, and recovers without a restart", { timeout: 60_000 }, async () => {
  const users = () => fetch(`${portal.url}/auth/users`, { headers: { authorization: `Bearer ${token}` } });
  expect((await users()).status).toBe(200);

  const name = new URL(database.url).pathname.slice(1);
  await onServer(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
  await onServer(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}'`);
  try {
    const down = await users();
    expect(down.status).toBe(503);
    expect(down.headers.get("retry-after")).toBe("5");
    expect(await down.json()).toEqual({ detail: "The portal's database is unavailable; try again in a moment" });
    const ready = await fetch(`${portal.url}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: "not ready", checks: { database: { ok: false } } });
    expect((await fetch(`${portal.url}/health`)).status).toBe(200);
  } finally {
    await onServer(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`);
  }

  let status = 0;
  for (let attempt = 0; attempt < 50 && status !== 200; attempt++) {
    status = (await users()).status;
    if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  expect(status).toBe(200);
  expect((await fetch(`${portal.url}/ready`)).status).toBe(200);
});
