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

const TTL_MS = 5 * 60_000;
const cache = new Map<string, { at: number; metadata: IssuerMetadata }>();

/**
 * Reads {issuer}/.well-known/openid-configuration (the path is the same for Okta's org and custom
 * authorization servers). Cached briefly in memory: losing the cache only costs one request.
 */
export async function discoverIssuer(issuer: string, { timeoutMs = 5_000, fresh = false } = {}): Promise<IssuerMetadata> {
  const hit = cache.get(issuer);
  if (hit && !fresh && Date.now() - hit.at < TTL_MS) return hit.metadata;
  const response = await fetch(`${issuer}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`discovery answered HTTP ${response.status}`);
  const metadata = (await response.json()) as IssuerMetadata;
  cache.set(issuer, { at: Date.now(), metadata });
  return metadata;
}
