import { log } from "@/lib/log/logger";

export interface IssuerMetadata {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  jwks_uri: string;
  userinfo_endpoint?: string;
  end_session_endpoint?: string;
  scopes_supported?: string[];
  code_challenge_methods_supported?: string[];
}

/** Used when the issuer sends no Cache-Control max-age. */
const DEFAULT_TTL_MS = 60 * 60_000;
// A max-age of 0 (or days) from a misconfigured proxy must neither turn every login into a
// discovery round trip nor pin a stale document for a week.
const MIN_TTL_MS = 60_000;
const MAX_TTL_MS = 24 * 60 * 60_000;
/** Past this share of its lifetime a copy is refreshed in the background, so no login waits for it. */
const REFRESH_SHARE = 0.8;
/** After a failed refresh the cached copy is served and the next attempt waits this long. */
const RETRY_AFTER_FAILURE_MS = 60_000;

interface Entry {
  metadata: IssuerMetadata;
  fetchedAt: number;
  ttlMs: number;
  retryAt: number;
  refreshing?: Promise<IssuerMetadata>;
}

const cache = new Map<string, Entry>();
const firstFetches = new Map<string, Promise<IssuerMetadata>>();

/**
 * Reads {issuer}/.well-known/openid-configuration (the path is the same for Okta's org and custom
 * authorization servers) once and keeps it for its Cache-Control max-age (else an hour). Near the
 * end of that time it is refreshed in the background; a failed refresh keeps the cached copy and
 * logs a warning. `fresh` probes the issuer now (readiness) and stores what it gets.
 */
export async function discoverIssuer(issuer: string, { timeoutMs = 5_000, fresh = false } = {}): Promise<IssuerMetadata> {
  const entry = cache.get(issuer);
  if (fresh || !entry) return fresh ? fetchAndStore(issuer, timeoutMs) : firstFetch(issuer, timeoutMs);
  const age = Date.now() - entry.fetchedAt;
  if (age < entry.ttlMs * REFRESH_SHARE) return entry.metadata;
  const refresh = refreshInBackground(issuer, entry, timeoutMs);
  // Still valid: answer now. Expired: wait for the refresh (which falls back to the cached copy).
  return age < entry.ttlMs ? entry.metadata : refresh;
}

function firstFetch(issuer: string, timeoutMs: number): Promise<IssuerMetadata> {
  // Concurrent first logins share one request.
  let pending = firstFetches.get(issuer);
  if (!pending) {
    pending = fetchAndStore(issuer, timeoutMs).finally(() => firstFetches.delete(issuer));
    firstFetches.set(issuer, pending);
  }
  return pending;
}

function refreshInBackground(issuer: string, entry: Entry, timeoutMs: number): Promise<IssuerMetadata> {
  if (entry.refreshing) return entry.refreshing;
  if (Date.now() < entry.retryAt) return Promise.resolve(entry.metadata);
  entry.refreshing = fetchAndStore(issuer, timeoutMs)
    .catch((error: Error) => {
      log.warn("sso.discovery.refresh_failed", { issuer, reason: error.message, cachedAgeSeconds: Math.round((Date.now() - entry.fetchedAt) / 1000) });
      entry.retryAt = Date.now() + RETRY_AFTER_FAILURE_MS;
      return entry.metadata;
    })
    .finally(() => (entry.refreshing = undefined));
  return entry.refreshing;
}

async function fetchAndStore(issuer: string, timeoutMs: number): Promise<IssuerMetadata> {
  const response = await fetch(`${issuer}/.well-known/openid-configuration`, {
    signal: AbortSignal.timeout(timeoutMs),
    headers: { accept: "application/json" },
  });
  if (!response.ok) throw new Error(`discovery answered HTTP ${response.status}`);
  const metadata = (await response.json()) as IssuerMetadata;
  const previous = cache.get(issuer)?.metadata;
  // Same document, same object: callers that built clients from it can keep them (and their key sets).
  const kept = previous && JSON.stringify(previous) === JSON.stringify(metadata) ? previous : metadata;
  cache.set(issuer, { metadata: kept, fetchedAt: Date.now(), ttlMs: ttlOf(response.headers.get("cache-control")), retryAt: 0 });
  return kept;
}

function ttlOf(cacheControl: string | null): number {
  const maxAge = /(?:^|,)\s*max-age\s*=\s*"?(\d+)"?/i.exec(cacheControl ?? "");
  if (!maxAge) return DEFAULT_TTL_MS;
  return Math.min(MAX_TTL_MS, Math.max(MIN_TTL_MS, Number(maxAge[1]) * 1000));
}
