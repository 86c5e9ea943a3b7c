import { generateKeyPairSync, randomBytes } from "node:crypto";
import { STATUS_CODES } from "node:http";
import Provider, { errors, type KoaContextWithOIDC } from "oidc-provider";
import { findUserById, ORG_ID, type DemoUser } from "./accounts";
import { oktaError, POLICY_FAILED, TOO_MANY_GROUPS } from "./okta-errors";
import { logoutPage, messagePage } from "./pages";
import type { IdpBehaviour, IdpClient, IdpShape } from "./server";

/** What a thin ID token carries (Okta's code flow): base claims, email for `email`, name and login for `profile`. */
const THIN_ID_TOKEN_CLAIMS = ["sub", "ver", "idp", "email", "name", "preferred_username"];
/** Okta fails the whole request rather than truncate a groups claim beyond this. */
const MAX_GROUPS = 100;
const STARTED_AT = Math.floor(Date.now() / 1000);
/** Okta refuses a client assertion whose exp lies more than an hour ahead. */
const MAX_ASSERTION_SECONDS = 3600;

/** An Okta-shaped node-oidc-provider: Okta's paths, claims, lifetimes and error texts. */
export function createProvider(issuer: string, shape: IdpShape, clients: IdpClient[], behaviour: IdpBehaviour, keys: SigningKey[]): Provider {
  // The custom AS is mounted at its issuer path; the org AS has its endpoints under /oauth2/v1 but no issuer path.
  const base = shape === "custom" ? "/v1" : "/oauth2/v1";
  const provider: Provider = new Provider(issuer, {
    clients: clients.map((client) => ({
      token_endpoint_auth_method: "client_secret_basic",
      ...client,
      grant_types: ["authorization_code"],
      response_types: ["code"],
      require_auth_time: true, // Okta always sends auth_time
    })),
    clientAuthMethods: ["client_secret_basic", "client_secret_post", "private_key_jwt"],
    // Okta's rules for a client assertion beyond node-oidc-provider's (which also refuses a reused jti).
    assertJwtClientAuthClaimsAndHeader: async (ctx, claims) => {
      if (claims.aud !== ctx.oidc.urlFor("token")) throw new errors.InvalidClientAuth("aud must be the token endpoint URL");
      if (typeof claims.exp === "number" && claims.exp > Date.now() / 1000 + MAX_ASSERTION_SECONDS)
        throw new errors.InvalidClientAuth("exp more than an hour ahead");
    },
    // The first key signs; the others stay published, as Okta keeps the previous key after a rotation.
    jwks: { keys },
    cookies: { keys: [randomBytes(32).toString("base64url")] },
    routes: {
      authorization: `${base}/authorize`,
      token: `${base}/token`,
      userinfo: `${base}/userinfo`,
      jwks: `${base}/keys`,
      end_session: `${base}/logout`,
      introspection: `${base}/introspect`,
      revocation: `${base}/revoke`,
      pushed_authorization_request: `${base}/par`,
    },
    claims: {
      // amr and jti are listed so every ID token carries them (amr comes from the login, jti from claims()).
      // at_hash is computed here because node-oidc-provider adds it only to authorization-endpoint ID tokens.
      openid: ["sub", "ver", "idp", "amr", "acr", "jti", "at_hash"],
      profile: ["name", "preferred_username", "given_name", "family_name", "locale", "zoneinfo", "updated_at"],
      email: ["email", "email_verified"],
      groups: ["groups"],
    },
    // Which scope claims reach the ID token is decided in claims() (thin or fat), not by node-oidc-provider.
    conformIdTokenClaims: false,
    enabledJWA: { idTokenSigningAlgValues: ["RS256"] },
    // Okta's predefined ACR values (Identity Engine); acr reaches the ID token only when the app asked for one.
    acrValues: ["urn:okta:loa:1fa:any", "urn:okta:loa:1fa:pwd", "urn:okta:loa:2fa:any", "urn:okta:loa:2fa:any:ifpossible", "phr", "phrh"],
    pkce: { required: () => true },
    // Okta's lifetimes: code 5 min, tokens 1 h; sign-in sessions last 2 h.
    ttl: { AuthorizationCode: 300, AccessToken: 3600, IdToken: 3600, Interaction: 3600, Session: 7200, Grant: 7200 },
    features: {
      devInteractions: { enabled: false },
      introspection: { enabled: true, allowedPolicy: ownTokensOnly },
      revocation: { enabled: true, allowedPolicy: ownTokensOnly },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx: KoaContextWithOIDC) => {
          ctx.type = "html";
          ctx.body = logoutPage(ctx.oidc.urlFor("end_session_confirm"), ctx.oidc.session.state.secret);
        },
        postLogoutSuccessSource: async (ctx: KoaContextWithOIDC) => {
          ctx.body = messagePage("Signed out", "You have been signed out of the development IdP.");
        },
      },
    },
    interactions: { url: (_ctx, interaction) => `/login/${interaction.uid}` },
    findAccount: async (ctx, sub) => {
      const user = findUserById(sub);
      if (!user) return undefined;
      return { accountId: user.id, claims: async (use) => (use === "userinfo" ? userClaims(user, behaviour) : idTokenClaims(ctx, user, behaviour)) };
    },
    // Runs on every authorization with a signed-in user: a first-party app, so consent is implied.
    loadExistingGrant: async (ctx) => {
      const { client, account } = ctx.oidc;
      if (!client || !account) return undefined;
      // A custom server without an access policy for the app refuses after the user signed in.
      if (shape === "custom" && !behaviour.accessPolicy) throw new errors.CustomOIDCProviderError("access_denied", POLICY_FAILED);
      const grant = new ctx.oidc.provider.Grant({ accountId: account.accountId, clientId: client.clientId });
      grant.addOIDCScope([...ctx.oidc.requestParamOIDCScopes].join(" "));
      grant.addOIDCClaims([...ctx.oidc.requestParamClaims]);
      await grant.save();
      return grant;
    },
    // Error pages at the IdP (no redirect), e.g. for an unregistered redirect_uri, with Okta's text.
    renderError: async (ctx, out, error) => {
      ctx.type = "html";
      ctx.body = messagePage(`${ctx.status} ${STATUS_CODES[ctx.status] ?? "Error"}`, oktaError(error)?.description ?? out.error_description ?? out.error);
    },
  });

  provider.use(async (ctx, next) => {
    await next();
    if (ctx.oidc?.route === "discovery" && shape === "custom" && !behaviour.groupsClaim) withoutGroupsScope(ctx.body);
    if (ctx.status === 303) withOktaErrorText(ctx);
    // Okta evaluates the groups filter when it mints the tokens, so too many groups fail the token request.
    if (ctx.oidc?.route === "token" && ctx.status === 200 && grantsTooManyGroups(ctx, behaviour)) {
      ctx.status = 400;
      ctx.body = { error: "server_error", error_description: TOO_MANY_GROUPS };
    }
  });

  // JSON errors at the token, userinfo, introspection and revocation endpoints: the body is set before these events fire.
  for (const event of ["grant.error", "userinfo.error", "introspection.error", "revocation.error"]) {
    provider.on(event, (ctx, error) => {
      const okta = oktaError(error, ctx.oidc?.route);
      if (!okta || !isErrorBody(ctx.body)) return;
      const body = { error: okta.error ?? ctx.body.error, error_description: okta.description };
      ctx.body = body;
      if (okta.status) ctx.status = okta.status;
      if (ctx.response.get("www-authenticate")) ctx.set("www-authenticate", `Bearer error="${body.error}", error_description="${body.error_description}"`);
    });
  }
  return provider;
}

/** Everything /v1/userinfo knows for the granted scopes; `groups` only once a groups claim is configured. */
function userClaims(user: DemoUser, behaviour: IdpBehaviour): Record<string, unknown> {
  return {
    sub: user.id,
    ver: 1,
    idp: ORG_ID,
    name: `${user.givenName} ${user.familyName}`,
    preferred_username: user.email,
    given_name: user.givenName,
    family_name: user.familyName,
    locale: "en_US",
    zoneinfo: "America/Los_Angeles",
    updated_at: STARTED_AT,
    email: user.email,
    email_verified: user.emailVerified,
    ...(behaviour.groupsClaim ? { groups: groupsOf(user, behaviour) } : {}),
  };
}

function idTokenClaims(ctx: KoaContextWithOIDC, user: DemoUser, behaviour: IdpBehaviour): Record<string, unknown> {
  const all = userClaims(user, behaviour);
  const claims = behaviour.fatIdToken ? all : Object.fromEntries(THIN_ID_TOKEN_CLAIMS.filter((claim) => claim in all).map((claim) => [claim, all[claim]]));
  // The access token issued with this ID token (token endpoint; an opaque token's value is its jti).
  // node-oidc-provider turns a raw at_hash value into the hash when it signs.
  const accessToken = ctx.oidc.entities?.AccessToken?.jti;
  return { ...claims, ...(accessToken ? { at_hash: accessToken } : {}), jti: `ID.${randomBytes(15).toString("base64url")}` }; // Okta's ID token ids
}

function groupsOf(user: DemoUser, behaviour: IdpBehaviour): string[] {
  return behaviour.groups[user.email] ?? user.groups;
}

function grantsTooManyGroups(ctx: KoaContextWithOIDC, behaviour: IdpBehaviour): boolean {
  const body = ctx.body as { scope?: string } | undefined;
  if (!behaviour.groupsClaim || !body?.scope?.split(" ").includes("groups")) return false;
  const user = findUserById(ctx.oidc.entities?.AccessToken?.accountId ?? "");
  return behaviour.tooManyGroups || (user !== undefined && groupsOf(user, behaviour).length > MAX_GROUPS);
}

/** A custom server lists only the scopes it has; `groups` is not one of them until configured. */
function withoutGroupsScope(body: unknown): void {
  const metadata = body as { scopes_supported?: string[]; claims_supported?: string[] };
  metadata.scopes_supported = metadata.scopes_supported?.filter((scope) => scope !== "groups");
  metadata.claims_supported = metadata.claims_supported?.filter((claim) => claim !== "groups");
}

async function ownTokensOnly(_ctx: KoaContextWithOIDC, client: { clientId: string }, token: { clientId: string }): Promise<boolean> {
  return client.clientId === token.clientId;
}

/** An error sent back to the app (an authorization redirect) gets Okta's words; other redirects stay as they are. */
function withOktaErrorText(ctx: KoaContextWithOIDC): void {
  const url = URL.parse(ctx.response.get("location"));
  const description = url?.searchParams.get("error_description");
  if (!url || !description) return;
  const okta = oktaError({ error: url.searchParams.get("error") ?? undefined, error_description: description });
  if (!okta) return;
  url.searchParams.set("error_description", okta.description);
  ctx.set("location", url.href);
}

function isErrorBody(body: unknown): body is { error: string; error_description?: string } {
  return typeof body === "object" && body !== null && "error" in body;
}

export type SigningKey = JsonWebKey & { kid: string };

/** A fresh RS256 key (per start and per rotation), with a kid as Okta's keys have. */
export function signingKey(): SigningKey {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = privateKey.export({ format: "jwk" });
  return { ...jwk, kid: randomBytes(16).toString("base64url"), alg: "RS256", use: "sig" };
}
