import { afterAll, beforeAll, expect, it } from "vitest";
import { peakRssMiB } from "../../scripts/bench/peak-rss";
import { percentile } from "../../scripts/bench/stats";
import { startStack, type Stack } from "../helpers/start-stack";

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const CLIENTS = 200;

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ env: { RATE_LIMIT_API_PER_MINUTE: "1000000", RATE_LIMIT_LOGIN_PER_MINUTE: "1000000", LOG_LEVEL: "WARNING" } });
});
afterAll(() => stack?.stop());

it(
  `serves ${CLIENTS} concurrent clients browsing /admin and calling /auth/users for ${SECONDS} s with zero errors`,
  { timeout: (SECONDS + 60) * 1000 },
  async () => {
    const url = stack.portal.url;
    const token = (
      (await (
        await fetch(`${url}/auth/login`, { method: "POST", body: JSON.stringify({ email: "platform-admin@example.com", password: "platform-admin-password" }) })
      ).json()) as { access_token: string }
    ).access_token;
    const cookies: string[] = [];
    for (let i = 0; i < 10; i++) {
      const form = await fetch(`${url}/admin/login/password`, {
        method: "POST",
        redirect: "manual",
        headers: { origin: url, "content-type": "application/x-www-form-urlencoded" },
        body: "email=platform-admin%40example.com&password=platform-admin-password",
      });
      cookies.push(form.headers.getSetCookie()[0].split(";")[0]);
    }

    const latencies: number[] = [];
    const errors: string[] = [];
    const deadline = Date.now() + SECONDS * 1000;
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, client) => {
        for (let n = 0; Date.now() < deadline; n++) {
          const browsing = (client + n) % 2 === 0;
          const started = performance.now();
          try {
            const response = browsing
              ? await fetch(`${url}/admin/users`, { headers: { cookie: cookies[client % cookies.length] } })
              : await fetch(`${url}/auth/users?limit=50`, { headers: { authorization: `Bearer ${token}` } });
            await response.arrayBuffer();
            if (response.status !== 200) errors.push(`${browsing ? "/admin/users" : "/auth/users"} → ${response.status}`);
          } catch (error) {
            errors.push(String((error as Error).cause ?? error));
          }
          latencies.push(performance.now() - started);
        }
      }),
    );

    const figures = {
      requests: latencies.length,
      throughput: Math.round(latencies.length / SECONDS),
      p50: Math.round(percentile(latencies, 50)),
      p99: Math.round(percentile(latencies, 99)),
      peakRssMiB: peakRssMiB(stack.portal.pid),
      errors: errors.length,
    };
    console.log(`soak: ${JSON.stringify(figures)}`);
    expect(errors.slice(0, 5)).toEqual([]);
    expect(latencies.length).toBeGreaterThan(CLIENTS);
  },
);
