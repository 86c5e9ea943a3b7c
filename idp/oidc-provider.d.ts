// The parts of oidc-provider 9 that idp/ uses (@types/oidc-provider is not a dependency).
declare module "oidc-provider" {
  import type { IncomingMessage, ServerResponse } from "node:http";

  export interface OidcError extends Error {
    error: string;
    error_description?: string;
    /** NOP's internal reason, never sent to clients (e.g. "invalid secret provided"). */
    error_detail?: string;
    statusCode: number;
  }

  export interface ClientMetadata {
    client_id: string;
    client_secret?: string;
    jwks?: { keys: JsonWebKey[] };
    token_endpoint_auth_signing_alg?: string;
    redirect_uris: string[];
    post_logout_redirect_uris: string[];
    grant_types: string[];
    response_types: string[];
    token_endpoint_auth_method: string;
    require_auth_time: boolean;
  }

  export interface Grant {
    addOIDCScope(scope: string): void;
    addOIDCClaims(claims: string[]): void;
    save(): Promise<string>;
  }

  export interface Interaction {
    uid: string;
    params: Record<string, unknown>;
    prompt: { name: string };
  }

  export interface KoaContextWithOIDC {
    status: number;
    type: string;
    body: unknown;
    /** Sets a response header. */
    set(field: string, value: string): void;
    response: { get(field: string): string };
    /** Not yet set in provider.use() middleware before next(). */
    oidc: {
      route: string;
      provider: Provider;
      params?: Record<string, unknown>;
      client?: { clientId: string };
      entities?: { AccessToken?: { jti: string; accountId: string } };
      account?: { accountId: string };
      session: { state: { secret: string } };
      requestParamOIDCScopes: Set<string>;
      requestParamClaims: Set<string>;
      urlFor(name: string): string;
    };
  }

  export interface Account {
    accountId: string;
    claims(use: "id_token" | "userinfo", scope: string): Promise<Record<string, unknown>>;
  }

  export interface InteractionResult {
    login?: { accountId: string; amr?: string[]; acr?: string };
    error?: string;
    error_description?: string;
  }

  export interface Configuration {
    clients: ClientMetadata[];
    jwks: { keys: JsonWebKey[] };
    cookies: { keys: string[] };
    routes: Record<string, string>;
    claims: Record<string, string[]>;
    conformIdTokenClaims: boolean;
    enabledJWA: { idTokenSigningAlgValues: string[] };
    acrValues: string[];
    pkce: { required: () => boolean };
    ttl: Record<string, number>;
    features: Record<string, unknown>;
    interactions: { url: (ctx: KoaContextWithOIDC, interaction: Interaction) => string };
    findAccount: (ctx: KoaContextWithOIDC, sub: string) => Promise<Account | undefined>;
    loadExistingGrant: (ctx: KoaContextWithOIDC) => Promise<Grant | undefined>;
    renderError: (ctx: KoaContextWithOIDC, out: Record<string, string>, error: OidcError) => Promise<void>;
    clientAuthMethods: string[];
    /** Runs after a client assertion's signature and standard claims were verified. */
    assertJwtClientAuthClaimsAndHeader: (
      ctx: KoaContextWithOIDC,
      claims: Record<string, unknown>,
      header: Record<string, unknown>,
      client: { clientId: string },
    ) => Promise<void>;
  }

  export class Provider {
    constructor(issuer: string, configuration: Configuration);
    Grant: new (properties: { accountId: string; clientId: string }) => Grant;
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    use(middleware: (ctx: KoaContextWithOIDC, next: () => Promise<void>) => Promise<void>): void;
    on(event: string, listener: (ctx: KoaContextWithOIDC, error: OidcError) => void): this;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
    interactionFinished(req: IncomingMessage, res: ServerResponse, result: InteractionResult, options?: { mergeWithLastSubmission?: boolean }): Promise<void>;
  }

  export const errors: {
    CustomOIDCProviderError: new (error: string, description: string) => OidcError;
    /** 401 invalid_client; the argument becomes error_detail. */
    InvalidClientAuth: new (detail: string) => OidcError;
  };

  export default Provider;
}
