import { decodeProtectedHeader } from "jose";
import { custom, Issuer, type BaseClient, type IssuerMetadata as ClientIssuerMetadata } from "openid-client";
import type { OktaConfig } from "@/lib/config/parse-config";
import { log } from "@/lib/log/logger";
import { buildOktaClient, type OktaClient } from "./build-okta-client";
import type { IssuerMetadata } from "./discover-issuer";

/** Okta's tokens are checked with 2 minutes of tolerance for clock skew (next-auth sets 10 s). */
export const CLOCK_TOLERANCE_SECONDS = 120;
/** Between two refetches for unknown kids: a flood of unknown kids costs one request per window. */
const UNKNOWN_KID_COOLDOWN_MS = 5_000;
/** The key set is reloaded after this, so a key the IdP withdrew stops being trusted. */
const KEYS_MAX_AGE_MS = 60 * 60_000;

interface KeyState {
  loadedAt: number;
  lastUnknownKidFetch: number;
  /** kids that verified a token since the last load. */
  seen: Set<string>;
  loading?: Promise<void>;
}

// openid-client's Issuer has these, untyped: reloadJwksUri() refetches the key set (one request in
// flight), validateIdToken() checks an ID token's signature against it and its claims.
type IssuerWithReload = Issuer<BaseClient> & { reloadJwksUri(): Promise<void> };
type ValidateIdToken = (this: BaseClient, ...args: unknown[]) => Promise<unknown>;

let cached: { metadata: IssuerMetadata; okta: OktaConfig; built: OktaClient } | undefined;

/**
 * The openid-client client for the code exchange, kept while the discovery document is the same so
 * its key set stays cached. openid-client refetches keys for an unknown kid at most once a minute,
 * which refuses logins right after Okta rotates its signing key; this client refetches at once
 * instead (with a short cooldown), and still refuses a kid the IdP does not publish.
 */
export function getOktaClient(okta: OktaConfig, metadata: IssuerMetadata, callbackUrl: string): OktaClient {
  if (cached?.metadata === metadata && cached.okta === okta) return cached.built;
  const issuer = new Issuer(metadata as unknown as ClientIssuerMetadata) as IssuerWithReload;
  const built = buildOktaClient(issuer, okta, callbackUrl);
  const { client } = built;
  client[custom.clock_tolerance] = CLOCK_TOLERANCE_SECONDS;
  const keys: KeyState = { loadedAt: 0, lastUnknownKidFetch: 0, seen: new Set() };
  const validate = (client as unknown as { validateIdToken: ValidateIdToken }).validateIdToken;
  Object.assign(client, {
    async validateIdToken(this: BaseClient, token: unknown, ...rest: unknown[]) {
      const kid = kidOf(token);
      await freshenKeys(issuer, keys, kid);
      const result = await validate.call(this, token, ...rest);
      if (kid) keys.seen.add(kid);
      return result;
    },
  });
  cached = { metadata, okta, built };
  return built;
}

function kidOf(token: unknown): string | undefined {
  const jwt = typeof token === "string" ? token : (token as { id_token?: string } | undefined)?.id_token;
  try {
    return jwt ? decodeProtectedHeader(jwt).kid : undefined;
  } catch {
    return undefined; // malformed: openid-client's own check refuses it
  }
}

async function freshenKeys(issuer: IssuerWithReload, keys: KeyState, kid: string | undefined): Promise<void> {
  if (keys.loading) return keys.loading;
  const now = Date.now();
  let reason: string | undefined;
  if (now - keys.loadedAt > KEYS_MAX_AGE_MS) reason = keys.loadedAt ? "expired" : "first use";
  else if (kid && !keys.seen.has(kid) && now - keys.lastUnknownKidFetch >= UNKNOWN_KID_COOLDOWN_MS) {
    reason = "unknown kid";
    keys.lastUnknownKidFetch = now;
  }
  if (!reason) return;
  log.debug("sso.jwks.fetch", { reason, kid });
  keys.loading = issuer
    .reloadJwksUri()
    .then(() => {
      keys.loadedAt = Date.now();
      keys.seen.clear();
    })
    .finally(() => (keys.loading = undefined));
  return keys.loading;
}
