import { setTimeout as sleep } from "node:timers/promises";

export interface OktaApi {
  baseUrl: string;
  token: string;
}

export interface OktaClientOptions {
  /** The most the client may wait for Okta's rate limit over its whole life; beyond it, requests fail. */
  maxWaitMs?: number;
  /** Told before every wait, e.g. to print progress. */
  onWait?: (waitMs: number, why: string) => void;
}

export interface OktaClient {
  /** GET one resource; null when Okta answers 404. */
  get(path: string): Promise<unknown>;
  /** GET a list, following `Link: <…>; rel="next"` until the last page. */
  list(path: string): Promise<unknown[]>;
}

const TIMEOUT_MS = 15_000;
const PAGE_LIMIT = 200;
// Left in each rate-limit window for everything else using the token (Okta's limits are per org and endpoint).
const RESERVE_FRACTION = 0.1;
const MAX_ATTEMPTS = 5;

/**
 * Okta's management API (authorised with `SSWS <token>`) as Okta asks clients to use it: pages
 * followed through Link headers, and X-Rate-Limit-* respected: on a 429, and before the remaining
 * budget runs out, wait until X-Rate-Limit-Reset, then resume. Total waiting is bounded.
 */
export function createOktaClient(api: OktaApi, { maxWaitMs = 60_000, onWait }: OktaClientOptions = {}): OktaClient {
  let waited = 0;
  let pauseUntil = 0;

  async function wait(untilMs: number, why: string): Promise<void> {
    const ms = Math.max(0, untilMs - Date.now());
    if (ms === 0) return;
    if (waited + ms > maxWaitMs)
      throw new Error(
        `Okta's rate limit would need ${Math.ceil((waited + ms) / 1000)} s of waiting in total, more than the ${Math.round(maxWaitMs / 1000)} s allowed`,
      );
    waited += ms;
    onWait?.(ms, why);
    await sleep(ms);
  }

  async function request(url: string): Promise<Response> {
    for (let attempt = 1; ; attempt++) {
      await wait(pauseUntil, "X-Rate-Limit-Remaining is low");
      const response = await fetch(url, {
        headers: { authorization: `SSWS ${api.token}`, accept: "application/json" },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      const resetMs = resetOf(response);
      const limit = Number(response.headers.get("x-rate-limit-limit"));
      const remaining = Number(response.headers.get("x-rate-limit-remaining"));
      if (resetMs && response.headers.has("x-rate-limit-remaining") && remaining <= Math.max(1, Math.floor(limit * RESERVE_FRACTION))) pauseUntil = resetMs;
      if (response.status !== 429) return response;
      await response.body?.cancel();
      if (attempt === MAX_ATTEMPTS) throw new Error(`Okta API answered 429 ${MAX_ATTEMPTS} times for ${new URL(url).pathname}`);
      // Without a usable reset, back off one second per attempt.
      await wait(resetMs ?? Date.now() + attempt * 1000, "Okta answered 429 Too Many Requests");
    }
  }

  async function getJson(url: string): Promise<{ body: unknown; response: Response } | null> {
    const response = await request(url);
    if (response.status === 404) return null;
    // The path only: query strings may carry cursors, never the token, but keep messages short.
    if (!response.ok) throw new Error(`Okta API answered ${response.status} for ${new URL(url).pathname}`);
    return { body: await response.json(), response };
  }

  return {
    async get(path) {
      return (await getJson(`${api.baseUrl}${path}`))?.body ?? null;
    },
    async list(path) {
      const items: unknown[] = [];
      const first = new URL(`${api.baseUrl}${path}`);
      if (!first.searchParams.has("limit")) first.searchParams.set("limit", String(PAGE_LIMIT));
      let next: string | undefined = first.toString();
      while (next) {
        const page = await getJson(next);
        if (!page) throw new Error(`Okta API answered 404 for ${new URL(next).pathname}`);
        if (!Array.isArray(page.body)) throw new Error(`Okta API sent no list for ${new URL(next).pathname}`);
        items.push(...page.body);
        next = nextLink(page.response.headers.get("link"), api.baseUrl);
      }
      return items;
    },
  };
}

/** X-Rate-Limit-Reset is the UTC epoch second when the window resets. */
function resetOf(response: Response): number | undefined {
  const reset = Number(response.headers.get("x-rate-limit-reset"));
  return Number.isFinite(reset) && reset > 0 ? reset * 1000 : undefined;
}

/** The rel="next" URL of a Link header; only one on Okta's own origin is followed. */
function nextLink(header: string | null, baseUrl: string): string | undefined {
  for (const part of (header ?? "").split(/,(?=\s*<)/)) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (match && new URL(match[1]).origin === new URL(baseUrl).origin) return match[1];
  }
  return undefined;
}
