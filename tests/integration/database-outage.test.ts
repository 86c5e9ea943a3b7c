import { chromium } from "@playwright/test";
import { Client } from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { hashToken } from "@/lib/tokens/hash-token";
import { launchOptions } from "../../playwright.config";
import { CookieJar } from "../helpers/cookie-jar";
import { freePort } from "../helpers/free-port";
import { portalDb, prismaTime } from "../helpers/portal-db";
import { startPortal, type RunningPortal } from "../helpers/start-portal";
import { createTestDatabase, TEST_POSTGRES_URL, type TestDatabase } from "../helpers/test-database";

// PostgreSQL on purpose, whatever TEST_DATABASE says: a server can refuse connections and come back,
// which is the outage to survive (an SQLite file can't go away while it is open).
let database: TestDatabase;
let portal: RunningPortal;
let token: string;
let scimSecret: string;
let admin: CookieJar;

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
  portal = await startPortal(
    await freePort(),
    { SSO_ENABLED: "false", PLATFORM_ADMIN_EMAIL: "root@example.com", PLATFORM_ADMIN_PASSWORD: "root-password", LOG_LEVEL: "CRITICAL" },
    { databaseUrl: database.url },
  );
  const login = await fetch(`${portal.url}/auth/login`, { method: "POST", body: JSON.stringify({ email: "root@example.com", password: "root-password" }) });
  token = ((await login.json()) as { access_token: string }).access_token;
  admin = new CookieJar();
  await admin.fetch(`${portal.url}/admin/login/password`, {
    method: "POST",
    headers: { origin: portal.url, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email: "root@example.com", password: "root-password" }),
  });
  scimSecret = `mcpscim_outage-${Math.random().toString(36).slice(2)}`;
  const db = portalDb(database.url);
  await db.run(
    `INSERT INTO "ApiToken" (id, name, kind, "tokenHash", prefix, "createdAt") VALUES (?, ?, ?, ?, ?, ?)`,
    "tok-okta",
    "okta",
    "scim",
    hashToken(scimSecret),
    scimSecret.slice(0, 12),
    prismaTime(),
  );
  await db.close();
});
afterAll(async () => {
  await portal?.stop();
  await database?.drop();
});

/** Runs `check` while PostgreSQL refuses every connection to the portal's database, then lets them in again. */
async function duringOutage(check: () => Promise<void>) {
  const name = new URL(database.url).pathname.slice(1);
  await onServer(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
  await onServer(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}'`);
  try {
    await check();
  } finally {
    await onServer(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`);
  }
}

/** Waits until `probe` answers 200 again (the pools reconnect on their own). */
async function recovered(probe: () => Promise<Response>) {
  let status = 0;
  for (let attempt = 0; attempt < 50 && status !== 200; attempt++) {
    status = (await probe()).status;
    if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  expect(status).toBe(200);
}

it("answers 503 with a clear message while the database is unavailable, and recovers without a restart", { timeout: 60_000 }, async () => {
  const users = () => fetch(`${portal.url}/auth/users`, { headers: { authorization: `Bearer ${token}` } });
  expect((await users()).status).toBe(200);

  await duringOutage(async () => {
    const down = await users();
    expect(down.status).toBe(503);
    expect(down.headers.get("retry-after")).toBe("5");
    expect(await down.json()).toEqual({ detail: "The portal's database is unavailable; try again in a moment" });
    const ready = await fetch(`${portal.url}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: "not ready", checks: { database: { ok: false } } });
    expect((await fetch(`${portal.url}/health`)).status).toBe(200);
  });
  await recovered(users);
  expect((await fetch(`${portal.url}/ready`)).status).toBe(200);
});

it("answers Okta's SCIM client 503 with Retry-After as a SCIM Error, not a bare 500", { timeout: 60_000 }, async () => {
  const users = () => fetch(`${portal.url}/scim/v2/Users?count=1`, { headers: { authorization: `Bearer ${scimSecret}` } });
  expect((await users()).status).toBe(200);
  await duringOutage(async () => {
    const down = await users();
    expect(down.status).toBe(503);
    expect(down.headers.get("retry-after")).toBe("5");
    expect(down.headers.get("content-type")).toContain("application/scim+json");
    expect(await down.json()).toEqual({
      schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"],
      status: "503",
      detail: "The portal's database is unavailable; try again in a moment",
    });
  });
  await recovered(users);
});

it("serves a console page's error shell (the retry page, app/error.tsx) with no internals", { timeout: 60_000 }, async () => {
  const page = () => admin.fetch(`${portal.url}/admin/users`, { redirect: "manual" });
  expect((await page()).status).toBe(200);
  await duringOutage(async () => {
    const response = await page();
    const html = await response.text();
    // Next streams the error boundary's shell; the browser renders app/error.tsx ("Try again") into it.
    expect(response.status).toBe(500);
    expect(html).toContain('<html id="__next_error__">');
    expect(html).toMatch(/E\{\\"digest\\":\\"\d+\\"\}/);
    expect(html).not.toMatch(/ECONNREFUSED|not currently accepting connections|database|prisma|at [\w.]+ \(/i);
  });
  await recovered(page);
});

it("shows the retry page in Chromium while the database is down, and Try again brings the page back", { timeout: 90_000 }, async () => {
  const browser = await chromium.launch(launchOptions);
  try {
    const page = await browser.newPage();
    await page.goto(`${portal.url}/admin/login`);
    await page.getByLabel("Email", { exact: true }).fill("root@example.com");
    await page.getByLabel("Password", { exact: true }).fill("root-password");
    await page.getByRole("button", { name: "Sign in with password" }).click();
    await page.waitForURL(`${portal.url}/admin`);

    const tryAgain = page.getByRole("button", { name: "Try again" });
    await duringOutage(async () => {
      await page.goto(`${portal.url}/admin/users`);
      // Drawn by the browser from app/error.tsx: the server sends only the error shell.
      await tryAgain.waitFor({ state: "visible", timeout: 15_000 });
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("This page couldn't be loaded");
      expect(await page.locator("main").textContent()).not.toMatch(/ECONNREFUSED|not currently accepting connections|prisma/i);
    });
    await recovered(() => fetch(`${portal.url}/ready`));
    await tryAgain.click();
    const heading = page.getByRole("heading", { level: 1, name: "Users" });
    await heading.waitFor({ state: "visible", timeout: 15_000 });
    expect(await tryAgain.count()).toBe(0);
  } finally {
    await browser.close();
  }
});

it("answers the login routes 503 with Retry-After (JSON), or back to the login page with a code (form)", { timeout: 60_000 }, async () => {
  await duringOutage(async () => {
    const api = await fetch(`${portal.url}/auth/login`, { method: "POST", body: JSON.stringify({ email: "root@example.com", password: "root-password" }) });
    expect(api.status).toBe(503);
    expect(api.headers.get("retry-after")).toBe("5");
    expect(await api.json()).toEqual({ detail: "The portal's database is unavailable; try again in a moment" });

    const form = await new CookieJar().fetch(`${portal.url}/admin/login/password`, {
      method: "POST",
      headers: { origin: portal.url, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email: "root@example.com", password: "root-password" }),
    });
    expect(form.status).toBe(303);
    expect(form.headers.get("retry-after")).toBe("5");
    expect(new URL(form.headers.get("location")!).searchParams.get("error")).toBe("unavailable");
  });
});
