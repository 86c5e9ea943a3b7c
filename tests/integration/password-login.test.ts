// The emergency admin's door (issue 10 §5, §8): lockouts per account and client address, one answer
// and one cost for every refusal, deactivated accounts refused first, scrypt parameters upgraded
// at sign-in, next-auth's _log sink closed, and NUL characters refused before they reach the database.
import { randomBytes, scryptSync } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SCRYPT_PARAMS } from "@/lib/users/hash-password";
import { CookieJar } from "../helpers/cookie-jar";
import { insertUser } from "../helpers/insert-user";
import { portalDb, prismaTime, type PortalDb } from "../helpers/portal-db";
import { startStack, type Stack } from "../helpers/start-stack";
import { TEST_DATABASE } from "../helpers/test-database";

const THRESHOLD = 5;
let stack: Stack;
let db: PortalDb;
beforeAll(async () => {
  stack = await startStack({ env: { LOGIN_LOCKOUT_THRESHOLD: String(THRESHOLD), LOGIN_LOCKOUT_MINUTES: "15", RATE_LIMIT_LOGIN_PER_MINUTE: "10000" } });
  db = portalDb(stack.portal.databaseUrl);
}, 120_000);
afterAll(async () => {
  await db?.close();
  await stack?.stop();
});

type ScryptParams = { N: number; r: number; p: number };
// The cheap cost of the first release, and the 128 MiB one of the security release.
const FIRST_RELEASE: ScryptParams = { N: 2 ** 14, r: 8, p: 1 };
const SECURITY_RELEASE: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };
const CURRENT_PREFIX = `scrypt$${SCRYPT_PARAMS.N}$${SCRYPT_PARAMS.r}$${SCRYPT_PARAMS.p}$`;

/** A hash in the portal's format, `scrypt$N$r$p$salt$hash`. */
function scryptHash(password: string, { N, r, p }: ScryptParams): string {
  const salt = randomBytes(16);
  const hash = scryptSync(password, salt, 32, { N, r, p, maxmem: 256 * N * r });
  return ["scrypt", N, r, p, salt.toString("base64url"), hash.toString("base64url")].join("$");
}

async function insertLocalUser(email: string, password: string, fields: { isActive?: boolean; scrypt?: ScryptParams } = {}): Promise<string> {
  const id = await insertUser(db, email, { isActive: fields.isActive });
  await db.run(`UPDATE "User" SET "authProvider" = 'local', "passwordHash" = ? WHERE id = ?`, scryptHash(password, fields.scrypt ?? SCRYPT_PARAMS), id);
  return id;
}

const login = (email: string, password: string) =>
  fetch(`${stack.portal.url}/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password }) });

async function answer(email: string, password: string): Promise<{ status: number; body: unknown; ms: number }> {
  const started = performance.now();
  const response = await login(email, password);
  const body = await response.json();
  return { status: response.status, body, ms: performance.now() - started };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

describe(`password sign-in refusals look alike (${TEST_DATABASE})`, () => {
  it("answers unknown, locked, Okta-only, deactivated and wrong-password sign-ins with the same status, body and cost", { timeout: 600_000 }, async () => {
    await insertLocalUser("wrong-pw@example.com", "wrong-pw-password-1");
    await insertLocalUser("locked@example.com", "locked-password-12");
    await insertLocalUser("deactivated@example.com", "deactivated-password-1", { isActive: false });
    await insertUser(db, "okta-only@example.com");
    for (let i = 0; i < THRESHOLD; i++) await login("locked@example.com", `not-it-${i}`);

    const cases = {
      wrong: () => answer("wrong-pw@example.com", "not-the-password"),
      unknown: () => answer("nobody-here@example.com", "some-password-1"),
      // The right password: refused all the same.
      locked: () => answer("locked@example.com", "locked-password-12"),
      deactivated: () => answer("deactivated@example.com", "deactivated-password-1"),
      oktaOnly: () => answer("okta-only@example.com", "some-password-1"),
    };
    const times: Record<string, number[]> = {};
    for (let round = 0; round < 3; round++) {
      for (const [name, run] of Object.entries(cases)) {
        const { status, body, ms } = await run();
        expect({ name, status, body }).toEqual({ name, status: 401, body: { detail: "Invalid email or password" } });
        (times[name] ??= []).push(ms);
      }
    }
    // Every refusal runs one scrypt of the current cost, so none is markedly faster or slower.
    const reference = median(times.wrong);
    for (const [name, samples] of Object.entries(times)) {
      const ratio = median(samples) / reference;
      expect(
        { name, ratio: ratio > 0.5 && ratio < 2 },
        `${name}: ${samples.map(Math.round).join("/")} ms vs ${times.wrong.map(Math.round).join("/")} ms`,
      ).toEqual({ name, ratio: true });
    }
    // The audit log keeps the true reasons.
    for (const [email, reason] of [
      ["locked@example.com", "locked_out"],
      ["deactivated@example.com", "deactivated"],
      ["okta-only@example.com", "no_password"],
      ["nobody-here@example.com", "unknown_user"],
    ]) {
      expect(await db.count("AuditEvent", `type = 'login.local' AND "subjectEmail" = ? AND reason = ?`, email, reason), email).toBeGreaterThan(0);
    }
  });

  it("answers the password form the same way for a locked account as for a wrong password", { timeout: 120_000 }, async () => {
    const form = (email: string, password: string) =>
      new CookieJar().fetch(`${stack.portal.url}/admin/login/password`, {
        method: "POST",
        headers: { origin: stack.portal.url, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ email, password }),
      });
    const locked = await form("locked@example.com", "locked-password-12");
    const wrong = await form("wrong-pw@example.com", "not-the-password");
    expect([locked.status, locked.headers.get("location")]).toEqual([wrong.status, wrong.headers.get("location")]);
    expect(locked.headers.get("location")).toContain("error=invalid_credentials");
  });

  it("refuses a deactivated account before checking its password", { timeout: 120_000 }, async () => {
    await login("deactivated@example.com", "a-wrong-password");
    const last = await db.one<{ reason: string }>(
      `SELECT reason FROM "AuditEvent" WHERE type = 'login.local' AND "subjectEmail" = 'deactivated@example.com' ORDER BY "createdAt" DESC LIMIT 1`,
    );
    // Not "invalid_credentials": the password was never compared.
    expect(last?.reason).toBe("deactivated");
  });
});

describe(`scrypt parameters (${TEST_DATABASE})`, () => {
  // Each sign-in runs a deliberately slow scrypt: allow for a busy machine.
  it.each([
    ["the first release's cheap", FIRST_RELEASE, "old-hash"],
    ["the security release's 128 MiB", SECURITY_RELEASE, "big-hash"],
  ])("verifies a hash made with %s parameters and rewrites it with the current ones at sign-in", { timeout: 180_000 }, async (_, params, name) => {
    const email = `${name}@example.com`;
    const id = await insertLocalUser(email, `${name}-password-1`, { scrypt: params });
    expect((await login(email, `${name}-password-1`)).status).toBe(200);
    const { passwordHash } = (await db.one<{ passwordHash: string }>(`SELECT "passwordHash" FROM "User" WHERE id = ?`, id))!;
    expect(passwordHash.startsWith(CURRENT_PREFIX)).toBe(true);
    expect(passwordHash).toMatch(/^scrypt\$\d+\$\d+\$\d+\$[\w-]{22}\$[\w-]{43}$/);
    expect((await login(email, `${name}-password-1`)).status).toBe(200);
    expect((await login(email, `${name}-password-2`)).status).toBe(401);
    expect(await db.count("AuditEvent", `type = 'login.local' AND outcome = 'success' AND "subjectEmail" = ?`, email)).toBe(2);
  });

  it("stores the bootstrap admin's hash with the current parameters", async () => {
    const { passwordHash } = (await db.one<{ passwordHash: string }>(`SELECT "passwordHash" FROM "User" WHERE email = 'platform-admin@example.com'`))!;
    expect(passwordHash.startsWith(CURRENT_PREFIX)).toBe(true);
  });
});

describe(`lockouts per account and client address (${TEST_DATABASE})`, () => {
  // The lockout itself, against the portal's database, from addresses a test can't present over HTTP.
  const lib = async () => {
    Object.assign(process.env, {
      DATABASE_URL: stack.portal.databaseUrl,
      SSO_ENABLED: "false",
      LOGIN_LOCKOUT_THRESHOLD: String(THRESHOLD),
      LOGIN_LOCKOUT_MINUTES: "15",
      LOG_LEVEL: "ERROR",
    });
    return {
      ...(await import("@/lib/config/get-config")),
      ...(await import("@/lib/users/authenticate-with-password")),
    };
  };

  it("keeps the bootstrap admin able to sign in from a clean address while an attacker's address is locked", { timeout: 240_000 }, async () => {
    const { getConfig, authenticateWithPassword } = await lib();
    const config = getConfig();
    const attacker = "203.0.113.9";
    for (let i = 0; i < THRESHOLD; i++)
      expect(await authenticateWithPassword(config, "platform-admin@example.com", `guess-${i}`, attacker)).toEqual({ ok: false, code: "invalid_credentials" });
    // Locked for the attacker, even with the right password…
    expect(await authenticateWithPassword(config, "platform-admin@example.com", "platform-admin-password", attacker)).toEqual({
      ok: false,
      code: "invalid_credentials",
    });
    // …while the admin, elsewhere, gets in.
    expect(await authenticateWithPassword(config, "platform-admin@example.com", "platform-admin-password", "198.51.100.7")).toMatchObject({ ok: true });
    const row = await db.one<{ lockedUntil: string | Date | null }>(
      `SELECT "lockedUntil" FROM "LoginFailure" WHERE key = ?`,
      `platform-admin@example.com|${attacker}`,
    );
    expect(new Date(row!.lockedUntil!).getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    // Retrying while locked doesn't extend the lock.
    const before = new Date(row!.lockedUntil!).getTime();
    await authenticateWithPassword(config, "platform-admin@example.com", "another-guess", attacker);
    const after = await db.one<{ lockedUntil: string | Date | null }>(
      `SELECT "lockedUntil" FROM "LoginFailure" WHERE key = ?`,
      `platform-admin@example.com|${attacker}`,
    );
    expect(new Date(after!.lockedUntil!).getTime()).toBe(before);
  });

  it("prunes failure rows idle for a whole lockout window, so the table stays bounded", { timeout: 120_000 }, async () => {
    const { getConfig, authenticateWithPassword } = await lib();
    const old = prismaTime(new Date(Date.now() - 16 * 60_000));
    for (let i = 0; i < 20; i++)
      await db.run(`INSERT INTO "LoginFailure" (key, count, "updatedAt") VALUES (?, 1, ?)`, `spray${i}@example.com|192.0.2.${i}`, old);
    await authenticateWithPassword(getConfig(), "spray-new@example.com", "whatever-password", "192.0.2.200");
    expect(await db.count("LoginFailure", "key LIKE 'spray%'")).toBe(1);
  });
});

describe(`hostile input on the login endpoints (${TEST_DATABASE})`, () => {
  it.each([
    [{ email: "platform-admin@example.com\u0000", password: "platform-admin-password" }],
    [{ email: "platform-admin@example.com", password: "platform\u0000-admin-password" }],
  ])("POST /auth/login refuses a NUL character with 400 (%j)", async (body) => {
    const response = await fetch(`${stack.portal.url}/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { detail: string }).detail).toContain("NUL");
  });

  it.each(["email", "password", "callbackUrl"])("the password form refuses a NUL character in %s with 400", async (field) => {
    const fields: Record<string, string> = { email: "nul-user@example.com", password: "some-password-1", callbackUrl: "/admin" };
    fields[field] = `${fields[field]}\u0000x`;
    const response = await fetch(`${stack.portal.url}/admin/login/password`, {
      method: "POST",
      headers: { origin: stack.portal.url, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields),
      redirect: "manual",
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { detail: string }).detail).toContain("NUL");
  });

  it("answers next-auth's client log sink POST /auth/sso/_log with 404", async () => {
    const response = await fetch(`${stack.portal.url}/auth/sso/_log`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ level: "error", code: "forged", message: "anyone can write here" }),
    });
    expect(response.status).toBe(404);
    expect(stack.portal.output()).not.toContain("anyone can write here");
  });
});
