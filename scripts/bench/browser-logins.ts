import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "@playwright/test";
import { portalClient } from "@/idp/portal-client";
import { startIdp, type EndpointKind, type RunningIdp } from "@/idp/server";
import { freePort } from "../../tests/helpers/free-port";
import { startPortal, type RunningPortal } from "../../tests/helpers/start-portal";
import { DEMO_PASSWORD, oktaPortalEnv, TEST_CLIENT } from "../../tests/helpers/start-stack";
import { createTestDatabase } from "../../tests/helpers/test-database";
import { startBareApp, type RunningBareApp } from "./bare-app";
import { peakRssMiB } from "./peak-rss";
import { percentile, round } from "./stats";

const EMAIL = "admin@example.com";
const BARE_CLIENT = { id: "bare-app-client", secret: "bare-app-secret" };
const UNLIMITED = { RATE_LIMIT_SSO_PER_MINUTE: "1000000", RATE_LIMIT_LOGIN_PER_MINUTE: "1000000", RATE_LIMIT_API_PER_MINUTE: "1000000", LOG_LEVEL: "WARNING" };
const KINDS: EndpointKind[] = ["discovery", "jwks", "token", "userinfo"];
const WARM_UP = 2;

interface Side {
  name: string;
  url: string;
  pid: number;
  /** Where a signed-out person starts, and the button that sends them to Okta. */
  loginPath: string;
  button: RegExp;
  stop: () => Promise<void>;
}

interface Sample {
  clickToEmail: number;
  ownWork: number;
  adminTtfb: number;
  headersToEmail: number;
  calls: Record<EndpointKind, number>;
}

/**
 * First logins in real Chromium (a fresh browser context each, so the IdP asks for the password),
 * alternating between the bare app and the portal on each database, all against one bundled IdP.
 */
export async function benchBrowserLogins(bareAppDir: string, databases: ("sqlite" | "postgresql")[], perSide: number, rounds: number) {
  const idpPort = await freePort();
  const ports = { bare: await freePort(), sqlite: await freePort(), postgresql: await freePort() };
  const portalUrl = (port: number) => `http://127.0.0.1:${port}`;
  const idp = await startIdp({
    port: idpPort,
    hostname: "127.0.0.1",
    clients: [
      ...databases.map((kind) => portalClient(portalUrl(ports[kind]), `${TEST_CLIENT.id}-${kind}`, TEST_CLIENT.secret)),
      {
        client_id: BARE_CLIENT.id,
        client_secret: BARE_CLIENT.secret,
        redirect_uris: [`${portalUrl(ports.bare)}/api/auth/callback/okta`],
        post_logout_redirect_uris: [],
      },
    ],
  });
  const sides: Side[] = [];
  const browser = await chromium.launch(
    existsSync("/usr/bin/chromium")
      ? {
          executablePath: "/usr/bin/chromium",
          args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        }
      : {},
  );
  try {
    const bare: RunningBareApp = await startBareApp(bareAppDir, ports.bare, { issuer: idp.issuer, clientId: BARE_CLIENT.id, clientSecret: BARE_CLIENT.secret });
    sides.push({ name: "bare", ...bare, loginPath: "/admin", button: /Sign in with Okta/ });
    for (const kind of databases) {
      const database = await createTestDatabase(kind);
      const env = { ...oktaPortalEnv(idp.issuer), SSO_OKTA_CLIENT_ID: `${TEST_CLIENT.id}-${kind}`, ...UNLIMITED };
      const portal: RunningPortal = await startPortal(ports[kind], env, { databaseUrl: database.url, readyTimeoutMs: 120_000 });
      sides.push({
        name: `portal-${kind}`,
        url: portal.url,
        pid: portal.pid,
        loginPath: "/admin/login",
        button: /Continue with Okta/,
        stop: async () => (await portal.stop(), await database.drop()),
      });
    }

    const samples = new Map<string, Sample[]>(sides.map((side) => [side.name, []]));
    const firstCalls = new Map<string, Record<EndpointKind, number>>();
    for (const side of sides) {
      for (let i = 0; i < WARM_UP; i++) {
        const sample = await loginOnce(browser, idp, side);
        if (i === 0) firstCalls.set(side.name, sample.calls);
      }
    }
    // Rounds rotate the order, so neither side always runs right after the other.
    const perRound = Math.ceil(perSide / rounds);
    for (let round = 0; round < rounds; round++) {
      const order = sides.map((_, i) => sides[(i + round) % sides.length]);
      for (const side of order) for (let i = 0; i < perRound; i++) samples.get(side.name)!.push(await loginOnce(browser, idp, side));
    }

    return sides.map((side) => summarize(side.name, samples.get(side.name)!, firstCalls.get(side.name)!, peakRssMiB(side.pid)));
  } finally {
    await browser.close();
    for (const side of sides) await side.stop();
    await idp.close();
  }
}

async function loginOnce(browser: Browser, idp: RunningIdp, side: Side): Promise<Sample> {
  const context = await browser.newContext();
  try {
    // Notes when the email first appears in /admin's DOM, on the page's own clock. A string, not a
    // function: tsx would wrap named inner functions in a helper the page doesn't have.
    await context.addInitScript(`if (location.pathname === "/admin") {
      const observer = new MutationObserver(() => {
        if (!document.body || !document.body.textContent.includes(${JSON.stringify(EMAIL)})) return;
        window.emailAt = performance.timeOrigin + performance.now();
        observer.disconnect();
      });
      observer.observe(document, { childList: true, subtree: true, characterData: true });
    }`);
    const page = await context.newPage();
    // Calls are counted over the whole login (the bare app discovers at the sign-in too); the IdP's
    // time only from the click, when the callback's server-to-server calls happen.
    const callsBefore = { ...idp.calls };
    await page.goto(`${side.url}${side.loginPath}`);
    await page.getByRole("button", { name: side.button }).click();
    await page
      .locator("#okta-signin-username")
      .fill(EMAIL, { timeout: 15_000 })
      .catch(explain(page, side, "no IdP sign-in form"));
    await page.locator("#okta-signin-password").fill(DEMO_PASSWORD);

    const msBefore = { ...idp.callMs };
    let callbackMs = NaN;
    page.on("response", (response) => {
      if (!response.url().includes("/callback/okta")) return;
      const timing = response.request().timing();
      callbackMs = timing.responseStart - timing.requestStart;
    });
    const clickedAt = Date.now();
    await page.locator("#okta-signin-submit").click();
    await page
      .waitForFunction(() => (window as unknown as { emailAt?: number }).emailAt, undefined, { timeout: 30_000 })
      .catch(explain(page, side, "the email never showed"));
    const { emailAt, adminTtfb, adminHeadersAt } = await readAdminTimings(page);

    const calls = Object.fromEntries(KINDS.map((kind) => [kind, idp.calls[kind] - callsBefore[kind]])) as Record<EndpointKind, number>;
    const idpMs = KINDS.reduce((sum, kind) => sum + idp.callMs[kind] - msBefore[kind], 0);
    return { clickToEmail: emailAt - clickedAt, ownWork: callbackMs - idpMs + adminTtfb, adminTtfb, headersToEmail: emailAt - adminHeadersAt, calls };
  } finally {
    await context.close();
  }
}

/** A failed step, with where the browser was and what it showed. */
function explain(page: Page, side: Side, what: string) {
  return async (error: Error): Promise<never> => {
    const text = await page
      .locator("body")
      .innerText()
      .catch(() => "");
    throw new Error(`${side.name}: ${what} at ${page.url()}: ${text.slice(0, 300)} (${error.message.split("\n")[0]})`);
  };
}

async function readAdminTimings(page: Page) {
  return page.evaluate(() => {
    const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    return {
      emailAt: (window as unknown as { emailAt: number }).emailAt,
      adminTtfb: navigation.responseStart - navigation.requestStart,
      adminHeadersAt: performance.timeOrigin + navigation.responseStart,
    };
  });
}

function summarize(name: string, samples: Sample[], firstLogin: Record<EndpointKind, number>, peakMiB: number) {
  const p50 = (pick: (s: Sample) => number) => round(percentile(samples.map(pick), 50));
  return {
    name,
    logins: samples.length,
    clickToEmail: p50((s) => s.clickToEmail),
    ownWork: p50((s) => s.ownWork),
    adminTtfb: p50((s) => s.adminTtfb),
    headersToEmail: p50((s) => s.headersToEmail),
    // Steady state: the median per kind over the measured logins; the first login shows the cold start.
    callsPerLogin: Object.fromEntries(
      KINDS.map((kind) => [
        kind,
        percentile(
          samples.map((s) => s.calls[kind]),
          50,
        ),
      ]),
    ) as Record<EndpointKind, number>,
    callsMaxPerLogin: Object.fromEntries(KINDS.map((kind) => [kind, Math.max(...samples.map((s) => s.calls[kind]))])) as Record<EndpointKind, number>,
    callsFirstLogin: firstLogin,
    peakMemoryMiB: peakMiB,
  };
}
