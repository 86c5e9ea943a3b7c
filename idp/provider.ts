import { generateKeyPairSync, randomBytes } from "node:crypto";
import { STATUS_CODES } from "node:http";
import Provider, { errors, type KoaContextWithOIDC } from "oidc-provider";
import { findUserById, ORG_ID } from "./accounts";
import { oktaDescription, TOO_MANY_GROUPS } from "./okta-errors";
import { logoutPage, messagePage } from "./pages";
import type { IdpBehaviour, IdpClient, IdpShape } from "./server";

/** Claims Okta leaves out of a thin ID token; /v1/userinfo still has them. */
const FAT_ONLY_CLAIMS = ["email", "email_verified", "groups"];
const STARTED_AT = Math.floor(Date.now() / 1000);

/** An Okta-shaped node-oidc-provider: Okta's paths, claims, lifetimes and error texts. */
export function createProvider(issuer: string, shape: IdpShape, clients: IdpClient[], behaviour: IdpBehaviour, keys: SigningKey[]): Provider {
  // The custom AS is mounted at its issuer path; the org AS has its endpoints under /oauth2/v1 but no issuer path.
  const base = shape === "custom" ? "/v1" : "/oauth2/v1";
  const provider: Provider = new Provider(issuer, {
    clients: clients.map((client) => ({
      ...client,
      grant_types: ["authorization_code"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_basic",
      require_auth_time: true, // Okta always sends auth_time
    })),
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
      openid: ["sub", "ver", "idp", "amr", "jti"],
      profile: ["name", "preferred_username", "given_name", "family_name", "locale", "zoneinfo", "updated_at"],
      email: ["email", "email_verified"],
      groups: ["groups"],
    },
    // Okta puts scope claims into the ID token even when an access token is issued too.
    conformIdTokenClaims: false,
    enabledJWA: { idTokenSigningAlgValues: ["RS256"] },
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
    findAccount: async (_ctx, sub) => {
      const user = findUserById(sub);
      if (!user) return undefined;
      return {
        accountId: user.id,
        claims: async (use) => {
          const claims: Record<string, unknown> = {
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
            groups: behaviour.groups[user.email] ?? user.groups,
          };
          if (use === "userinfo") return claims;
          if (behaviour.thinIdToken) for (const claim of FAT_ONLY_CLAIMS) delete claims[claim];
          return { ...claims, jti: `ID.${randomBytes(15).toString("base64url")}` }; // Okta's ID token ids
        },
      };
    },
    // Runs on every authorization with a signed-in user: a first-party app, so consent is implied.
    loadExistingGrant: async (ctx) => {
      const { client, account } = ctx.oidc;
      if (!client || !account) return undefined;
      if (behaviour.tooManyGroups && ctx.oidc.requestParamOIDCScopes.has("groups")) {
        throw new errors.CustomOIDCProviderError("server_error", TOO_MANY_GROUPS);
      }
      const grant = new ctx.oidc.provider.Grant({ accountId: account.accountId, clientId: client.clientId });
      grant.addOIDCScope([...ctx.oidc.requestParamOIDCScopes].join(" "));
      grant.addOIDCClaims([...ctx.oidc.requestParamClaims]);
      await grant.save();
      return grant;
    },
    // Error pages at the IdP (no redirect), e.g. for an unregistered redirect_uri, with Okta's text.
    renderError: async (ctx, out, error) => {
      ctx.type = "html";
      ctx.body = messagePage(`${ctx.status} ${STATUS_CODES[ctx.status] ?? "Error"}`, oktaDescription(error) ?? out.error_description ?? out.error);
    },
  });

  // JSON errors at the token/introspection/revocation endpoints: the body is set before these events fire.
  for (const event of ["grant.error", "introspection.error", "revocation.error"]) {
    provider.on(event, (ctx, error) => {
      const description = oktaDescription(error);
      if (description && isErrorBody(ctx.body)) ctx.body.error_description = description;
    });
  }
  return provider;
}

async function ownTokensOnly(_ctx: KoaContextWithOIDC, client: { clientId: string }, token: { clientId: string }): Promise<boolean> {
  return client.clientId === token.clientId;
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
