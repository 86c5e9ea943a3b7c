import { CookieJar } from "../../tests/helpers/cookie-jar";
import { signInAtIdp, startSsoLogin } from "../../tests/helpers/sso-login";
import { startStack } from "../../tests/helpers/start-stack";
import { createTestDatabase } from "../../tests/helpers/test-database";
import { peakRssMiB } from "./peak-rss";
import { percentile, round, timed } from "./stats";

const UNLIMITED = { RATE_LIMIT_SSO_PER_MINUTE: "1000000", RATE_LIMIT_LOGIN_PER_MINUTE: "1000000", RATE_LIMIT_API_PER_MINUTE: "1000000", LOG_LEVEL: "WARNING" };

/**
 * Complete Okta logins over HTTP against the bundled IdP, split by who does the work: the portal
 * (start: CSRF + sign-in POST; callback: code exchange, ID token check, provisioning, session;
 * render: first /admin page) and the IdP alone (authorize, sign-in form, form POST, redirect back).
 */
export async function benchLogin(kind: "sqlite" | "postgresql", count: number) {
  const database = await createTestDatabase(kind);
  const stack = await startStack({ env: UNLIMITED, databaseUrl: database.url });
  const phases = { start: [] as number[], idp: [] as number[], callback: [] as number[], render: [] as number[], total: [] as number[] };
  try {
    for (let i = -5; i < count; i++) {
      const jar = new CookieJar();
      const [authorizeUrl, start] = await timed(() => startSsoLogin(stack.portal.url, jar));
      const [back, idp] = await timed(() => signInAtIdp(jar, authorizeUrl, "admin@example.com"));
      const [callback, callbackMs] = await timed(() => jar.fetch(back.url));
      if (callback.headers.get("location") !== `${stack.portal.url}/admin`) throw new Error(`login failed: ${callback.headers.get("location")}`);
      const [, render] = await timed(async () => (await jar.fetch(`${stack.portal.url}/admin`)).text());
      if (i < 0) continue; // warm-up
      phases.start.push(start);
      phases.idp.push(idp);
      phases.callback.push(callbackMs);
      phases.render.push(render);
      phases.total.push(start + idp + callbackMs + render);
    }
    const p50 = (values: number[]) => round(percentile(values, 50));
    const ownWork = phases.callback.map((c, i) => c + phases.render[i]);
    return {
      database: kind,
      logins: count,
      total: { p50: p50(phases.total), p95: round(percentile(phases.total, 95)) },
      portalStart: p50(phases.start),
      idpAlone: { p50: p50(phases.idp), p95: round(percentile(phases.idp, 95)) },
      callback: p50(phases.callback),
      firstRender: p50(phases.render),
      portalOwnWork: { p50: p50(ownWork), p95: round(percentile(ownWork, 95)) },
      portalShareOfLogin: round(percentile(phases.total.map((t, i) => (t - phases.idp[i]) / t), 50), 2),
      peakRssMiB: peakRssMiB(stack.portal.pid),
    };
  } finally {
    await stack.stop();
    await database.drop();
  }
}
