import { freePort } from "../../tests/helpers/free-port";
import { startPortal } from "../../tests/helpers/start-portal";
import { createTestDatabase } from "../../tests/helpers/test-database";
import { sqliteFile } from "@/lib/db/sqlite-file";
import { peakRssMiB } from "./peak-rss";
import { rawFloor } from "./raw-floor";
import { seedUsers } from "./seed-users";
import { seedUsersPostgresql } from "./seed-users-postgresql";
import { load, percentile, round, timed } from "./stats";

/**
 * GET /auth/users (first page, a deep keyset page, a search) and the users page render at one
 * directory size on one database, against two floors: the same queries run directly through the
 * driver, and /health through the same server under the same load.
 */
export async function benchUsersApi(kind: "sqlite" | "postgresql", size: number, requests: number, clients: number) {
  const database = await createTestDatabase(kind);
  const portal = await startPortal(
    await freePort(),
    {
      SSO_ENABLED: "false",
      PLATFORM_ADMIN_EMAIL: "bench@example.com",
      PLATFORM_ADMIN_PASSWORD: "bench-password",
      RATE_LIMIT_API_PER_MINUTE: "1000000",
      RATE_LIMIT_LOGIN_PER_MINUTE: "1000000",
      LOG_LEVEL: "WARNING",
    },
    { databaseUrl: database.url, readyTimeoutMs: 120_000 },
  );
  try {
    const { middle } = kind === "sqlite" ? seedUsers(sqliteFile(database.url), size) : await seedUsersPostgresql(database.url, size);
    const cursor = Buffer.from(JSON.stringify({ s: "created", v: new Date(middle.createdAt).toISOString(), id: middle.id })).toString("base64url");
    const login = await fetch(`${portal.url}/auth/login`, { method: "POST", body: JSON.stringify({ email: "bench@example.com", password: "bench-password" }) });
    const token = ((await login.json()) as { access_token: string }).access_token;
    const floor = await rawFloor(kind, database.url);
    const cases = {
      first: { path: "/auth/users?limit=50", where: "1=1", params: [] as unknown[] },
      deep: {
        path: `/auth/users?limit=50&cursor=${cursor}`,
        where: `"createdAt" <= ? AND ("createdAt" < ? OR id < ?)`,
        params: kind === "sqlite" ? [middle.createdAt, middle.createdAt, middle.id] : [new Date(middle.createdAt), new Date(middle.createdAt), middle.id],
      },
      search: {
        path: "/auth/users?limit=50&q=grace",
        where: kind === "sqlite" ? `(email LIKE ? OR name LIKE ?)` : `(email ILIKE ? OR name ILIKE ?)`,
        params: ["%grace%", "%grace%"],
      },
    };

    // The HTTP floor: the cheapest route through the same server, proxy and headers under the same load.
    const http = await load(requests, clients, async () => void (await (await fetch(`${portal.url}/health`)).arrayBuffer()));
    const result: Record<string, unknown> = { database: kind, users: size, httpFloorP50: round(http.p50) };
    for (const [name, { path, where, params }] of Object.entries(cases)) {
      const check = await fetch(`${portal.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
      if (check.status !== 200) throw new Error(`${path} answered ${check.status}`);
      const api = await load(requests, clients, async () => {
        const response = await fetch(`${portal.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
        if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
        await response.arrayBuffer();
      });
      const floorTimes: number[] = [];
      for (let i = 0; i < requests; i++) floorTimes.push((await timed(() => floor.page(where, params)))[1]);
      const floorP50 = percentile(floorTimes, 50);
      result[name] = {
        p50: round(api.p50),
        p99: round(api.p99),
        rps: round(api.throughput, 0),
        floorP50: round(floorP50, 2),
        ratio: round(api.p50 / floorP50, 1),
        // Against HTTP floor + SQL floor: what the portal adds beyond serving a request and running the query.
        ratioWithHttp: round(api.p50 / (http.p50 + floorP50), 1),
      };
    }
    await floor.close();

    const form = await fetch(`${portal.url}/admin/login/password`, {
      method: "POST",
      redirect: "manual",
      headers: { origin: portal.url, "content-type": "application/x-www-form-urlencoded" },
      body: "email=bench%40example.com&password=bench-password",
    });
    const cookie = form.headers.getSetCookie()[0].split(";")[0];
    const renders: number[] = [];
    for (let i = 0; i < 30; i++) renders.push((await timed(async () => (await fetch(`${portal.url}/admin/users`, { headers: { cookie } })).text()))[1]);
    result.usersPageRender = { p50: round(percentile(renders, 50)), p95: round(percentile(renders, 95)) };
    result.peakRssMiB = peakRssMiB(portal.pid);
    return result;
  } catch (error) {
    throw new Error(
      `${(error as Error).message} (${String((error as { cause?: unknown }).cause)}) at ${size} users on ${kind}; portal output:\n${portal.output().slice(-2000)}`,
    );
  } finally {
    await portal.stop();
    await database.drop();
  }
}
