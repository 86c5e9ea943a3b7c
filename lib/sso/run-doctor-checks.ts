import { randomBytes } from "node:crypto";
import { errors, Issuer, type IssuerMetadata as ClientIssuerMetadata } from "openid-client";
import type { Config, OktaConfig } from "@/lib/config/parse-config";
import { buildOktaClient } from "./build-okta-client";
import { checkLastGroupsClaim } from "./check-last-groups-claim";
import { describeFetchError } from "./describe-fetch-error";
import type { IssuerMetadata } from "./discover-issuer";

export interface DoctorCheck {
  ok: boolean;
  /** Passes, but deserves a look (printed with "!"): something the doctor can't confirm from here. */
  warning?: boolean;
  name: string;
  detail: string;
  fix?: string;
}

const TIMEOUT_MS = 5_000;
const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;

/**
 * The tutorial's Testing Checklist as automated checks against the configured issuer, each with
 * the fix to apply. Works against the bundled IdP and, unchanged, against a real Okta org.
 */
export async function runDoctorChecks(config: Config): Promise<DoctorCheck[]> {
  const okta = config.sso.okta;
  if (!okta)
    return [
      {
        ok: false,
        name: "Okta provider",
        detail: "SSO or the Okta provider is disabled",
        fix: "Set SSO_ENABLED=true and SSO_OKTA_ENABLED=true with the SSO_OKTA_* variables",
      },
    ];
  const clientKey = checkClientKey(okta);
  const checks: DoctorCheck[] = [checkRedirectUri(config), checkLogoutUri(config), ...(clientKey ? [clientKey] : [])];

  const discovery = await fetchJson(`${okta.issuer}/.well-known/openid-configuration`);
  if (!discovery.ok) {
    checks.unshift(discoveryFailure(okta, discovery.error, discovery.status));
    return checks;
  }
  const metadata = discovery.body as IssuerMetadata;
  checks.unshift({ ok: true, name: "Discovery", detail: `${okta.issuer}/.well-known/openid-configuration answered` });
  checks.push(
    metadata.issuer === okta.issuer
      ? { ok: true, name: "Issuer", detail: `discovery's issuer is ${metadata.issuer}` }
      : {
          ok: false,
          name: "Issuer",
          detail: `discovery says ${metadata.issuer}, SSO_OKTA_ISSUER is ${okta.issuer}`,
          fix: `Set SSO_OKTA_ISSUER=${metadata.issuer}`,
        },
    checkClock(discovery.date),
    await checkKeys(metadata),
    checkScopes(okta, metadata),
    await checkAuthorize(config, okta, metadata),
    await checkClientCredentials(config, okta, metadata),
    await checkLastGroupsClaim(config, okta),
  );
  return checks;
}

function checkRedirectUri(config: Config): DoctorCheck {
  const uri = `${config.appUrl}/auth/sso/callback/okta`;
  const url = new URL(uri);
  if (url.protocol !== "https:" && !LOOPBACK.test(url.hostname)) {
    return {
      ok: false,
      name: "Redirect URI",
      detail: `${uri} is not https`,
      fix: "Serve the portal over https and set APP_URL=https://…; Okta requires https redirect URIs outside localhost",
    };
  }
  return {
    ok: true,
    name: "Redirect URI",
    detail: `the portal sends ${uri} (add exactly this as a Sign-in redirect URI in Okta, and ${config.appUrl}/admin/login as a Sign-out redirect URI)`,
  };
}

function discoveryFailure(okta: OktaConfig, error: string, status?: number): DoctorCheck {
  const url = `${okta.issuer}/.well-known/openid-configuration`;
  if (status === 404) {
    return {
      ok: false,
      name: "Discovery",
      detail: `${url}: ${error}: this Okta org has no such authorization server`,
      fix: "Check SSO_OKTA_ISSUER: use the org server issuer https://yourcompany.okta.com, or enable API Access Management in Okta for a custom authorization server (…/oauth2/default)",
    };
  }
  return {
    ok: false,
    name: "Discovery",
    detail: `${url}: ${error}`,
    fix: "Check SSO_OKTA_ISSUER (https://yourcompany.okta.com or …/oauth2/default) and that this machine can reach it",
  };
}

/** Okta refuses a logout whose post_logout_redirect_uri the app doesn't list; without an ID token this can't be probed here. */
function checkLogoutUri(config: Config): DoctorCheck {
  return {
    ok: true,
    warning: true,
    name: "Sign-out redirect URI",
    detail: `${config.appUrl}/admin/login must be a Sign-out redirect URI of the Okta app (not checkable without a signed-in user); without it, signing out ends only the portal session and the Okta session remains`,
  };
}

function checkClock(date: string | null): DoctorCheck {
  if (!date) return { ok: true, name: "Clock", detail: "the issuer sent no Date header; skipped" };
  const offset = Math.round((Date.now() - Date.parse(date)) / 1000);
  return Math.abs(offset) <= 60
    ? { ok: true, name: "Clock", detail: `offset from the issuer ${offset} s (tolerance 120 s)` }
    : {
        ok: false,
        name: "Clock",
        detail: `this machine's clock is ${offset} s off the issuer's`,
        fix: "Synchronise the clock (NTP); ID tokens are rejected beyond 120 s of skew",
      };
}

async function checkKeys(metadata: IssuerMetadata): Promise<DoctorCheck> {
  const jwks = await fetchJson(metadata.jwks_uri);
  const keys = jwks.ok ? ((jwks.body as { keys?: { kty?: string; use?: string; kid?: string }[] }).keys ?? []) : [];
  const signing = keys.filter((key) => key.kty === "RSA" && (key.use === undefined || key.use === "sig") && key.kid);
  return signing.length > 0
    ? { ok: true, name: "Signing keys", detail: `${signing.length} RSA signing key(s) at ${metadata.jwks_uri}` }
    : {
        ok: false,
        name: "Signing keys",
        detail: jwks.ok ? `no RSA signing key with a kid at ${metadata.jwks_uri}` : `${metadata.jwks_uri}: ${jwks.error}`,
        fix: "Check the authorization server's keys in Okta (Security → API → Keys)",
      };
}

function checkScopes(okta: OktaConfig, metadata: IssuerMetadata): DoctorCheck {
  const supported = metadata.scopes_supported;
  if (!supported) return { ok: true, name: "Scopes", detail: "the issuer does not list its scopes; skipped" };
  const missing = okta.scope.split(" ").filter((scope) => !supported.includes(scope));
  if (missing.length === 0) return { ok: true, name: "Scopes", detail: `${okta.scope} all supported` };
  // A custom server may have a groups scope that isn't published in its metadata; the authorize check finds out for sure.
  if (missing.join(" ") === "groups") {
    return {
      ok: true,
      warning: true,
      name: "Scopes",
      detail: "SSO_OKTA_SCOPE asks for groups, but the issuer's scopes_supported doesn't list it",
      fix: "On a custom authorization server add a groups scope (Security → API → Authorization Servers → Scopes) and a groups claim, or remove groups from SSO_OKTA_SCOPE",
    };
  }
  return {
    ok: false,
    name: "Scopes",
    detail: `not supported by the issuer: ${missing.join(", ")}`,
    fix: `Remove them from SSO_OKTA_SCOPE or enable them on the authorization server`,
  };
}

async function checkAuthorize(config: Config, okta: OktaConfig, metadata: IssuerMetadata): Promise<DoctorCheck> {
  const url = new URL(metadata.authorization_endpoint);
  const params = {
    client_id: okta.clientId,
    response_type: "code",
    scope: okta.scope,
    redirect_uri: `${config.appUrl}/auth/sso/callback/okta`,
    state: randomBytes(8).toString("hex"),
    nonce: randomBytes(8).toString("hex"),
    code_challenge: randomBytes(32).toString("base64url"),
    code_challenge_method: "S256",
  };
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  try {
    const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(TIMEOUT_MS) });
    const location = response.headers.get("location") ?? "";
    if (response.status >= 300 && response.status < 400 && !location.startsWith(params.redirect_uri)) {
      return { ok: true, name: "Authorize endpoint", detail: `${metadata.authorization_endpoint} accepts the client and the redirect URI` };
    }
    // Okta Identity Engine may render its sign-in page straight away: the client and redirect URI were accepted.
    if (response.status === 200)
      return { ok: true, name: "Authorize endpoint", detail: `${metadata.authorization_endpoint} shows its sign-in page for the client and the redirect URI` };
    const body = (await response.text()).toLowerCase();
    if (location.startsWith(params.redirect_uri)) {
      const back = new URL(location).searchParams;
      const error = back.get("error");
      const said = back.get("error_description") ? ` (“${back.get("error_description")}”)` : "";
      if (error === "invalid_scope") {
        return {
          ok: false,
          name: "Authorize endpoint",
          detail: `the issuer answered error=invalid_scope${said} for ${okta.scope}`,
          fix: "Add the missing scope on the authorization server (for groups: Security → API → Authorization Servers → Scopes, plus a groups claim), or remove it from SSO_OKTA_SCOPE",
        };
      }
      return {
        ok: false,
        name: "Authorize endpoint",
        detail: `the issuer answered error=${error}${said}`,
        fix: "Check the app's grant types (Authorization Code) and assignments in Okta",
      };
    }
    if (body.includes("redirect_uri")) {
      return {
        ok: false,
        name: "Authorize endpoint",
        detail: `the redirect URI ${params.redirect_uri} is not registered`,
        fix: `Add ${params.redirect_uri} to the app's Sign-in redirect URIs in Okta (or fix APP_URL)`,
      };
    }
    return {
      ok: false,
      name: "Authorize endpoint",
      detail: `HTTP ${response.status}: the issuer refused the request (unknown client_id?)`,
      fix: "Check SSO_OKTA_CLIENT_ID",
    };
  } catch (error) {
    return {
      ok: false,
      name: "Authorize endpoint",
      detail: `${metadata.authorization_endpoint}: ${describeFetchError(error)}`,
      fix: "Check that the issuer is reachable from this machine",
    };
  }
}

/** With a key: what Okta's app must hold, so the operator can compare kids in the Admin Console. */
function checkClientKey(okta: OktaConfig): DoctorCheck | undefined {
  if (okta.clientAuth.method !== "private_key_jwt") return undefined;
  const { kid, alg, publicJwk } = okta.clientAuth.key;
  return { ok: true, name: "Client key", detail: `a private ${alg} key, kid ${kid}; the Okta app's public key must be ${JSON.stringify(publicJwk)}` };
}

async function checkClientCredentials(config: Config, okta: OktaConfig, metadata: IssuerMetadata): Promise<DoctorCheck> {
  const redirectUri = `${config.appUrl}/auth/sso/callback/okta`;
  const { client, extras } = buildOktaClient(new Issuer(metadata as unknown as ClientIssuerMetadata), okta, redirectUri);
  const auth = okta.clientAuth;
  const kid = auth.method === "private_key_jwt" ? auth.key.kid : undefined;
  const what = kid ? `the client assertion signed with kid ${kid}` : `the client ID and secret (${auth.method})`;
  try {
    // A made-up code, sent the way a sign-in sends it: accepted client authentication gets invalid_grant, refused invalid_client.
    await client.grant(
      { grant_type: "authorization_code", code: "sso-doctor-probe", redirect_uri: redirectUri, code_verifier: randomBytes(32).toString("base64url") },
      extras,
    );
    return {
      ok: false,
      name: "Client credentials",
      detail: "the token endpoint accepted a made-up authorization code",
      fix: "Check that SSO_OKTA_ISSUER is an Okta authorization server",
    };
  } catch (error) {
    if (!(error instanceof errors.OPError)) {
      return {
        ok: false,
        name: "Client credentials",
        detail: `${metadata.token_endpoint}: ${describeFetchError(error)}`,
        fix: "Check that the issuer is reachable from this machine",
      };
    }
    if (error.error === "invalid_grant") return { ok: true, name: "Client credentials", detail: `the token endpoint accepted ${what}` };
    const said = `the token endpoint answered ${error.error}${error.error_description ? `: ${error.error_description}` : ""}`;
    if (error.error === "invalid_client") {
      return {
        ok: false,
        name: "Client credentials",
        detail: said,
        fix: kid
          ? `In Okta (app → General → Client Credentials) choose Public key / Private key and add the public JWK with kid ${kid} shown under Client key (or set SSO_OKTA_PRIVATE_KEY to the key whose public half Okta holds); check SSO_OKTA_CLIENT_ID`
          : "Check SSO_OKTA_CLIENT_ID and SSO_OKTA_CLIENT_SECRET against the Okta app's Client Credentials (Client authentication: Client secret), or set SSO_OKTA_CLIENT_AUTH to the method the app uses",
      };
    }
    return { ok: false, name: "Client credentials", detail: said, fix: "Check the app's client authentication and grant types (Authorization Code) in Okta" };
  }
}

async function fetchJson(url: string): Promise<{ ok: true; body: unknown; date: string | null } | { ok: false; error: string; status?: number }> {
  try {
    const response = await fetch(url, { headers: { accept: "application/json" }, signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (!response.ok) {
      // Okta explains itself in a management-API error body, e.g. "Not found: Resource not found: default (AuthorizationServer)".
      const body = (await response.json().catch(() => ({}))) as { errorSummary?: unknown };
      const said = typeof body.errorSummary === "string" ? ` (“${body.errorSummary}”)` : "";
      return { ok: false, error: `HTTP ${response.status}${said}`, status: response.status };
    }
    return { ok: true, body: await response.json(), date: response.headers.get("date") };
  } catch (error) {
    return { ok: false, error: describeFetchError(error) };
  }
}
