import { readFileSync } from "node:fs";
import { createPublicKey, generateKeyPairSync } from "node:crypto";
import { parseEnv } from "node:util";
import { calculateJwkThumbprint } from "jose";
import { describe, expect, it } from "vitest";
import { ConfigError } from "@/lib/config/config-error";
import { parseConfig } from "@/lib/config/parse-config";

const OKTA = {
  SSO_OKTA_CLIENT_ID: "0oa1234567890",
  SSO_OKTA_CLIENT_SECRET: "super-secret-value",
  SSO_OKTA_ISSUER: "https://yourcompany.okta.com/oauth2/default",
};

function errorFor(env: Record<string, string | undefined>): ConfigError {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("parseConfig defaults", () => {
  it.each(["postgresql://portal:secret@db.internal:5432/portal", "postgres://localhost/portal?sslmode=require"])("accepts the PostgreSQL URL %s", (url) => {
    expect(parseConfig({ ...OKTA, DATABASE_URL: url }).databaseUrl).toBe(url);
  });

  it("applies the tutorial's defaults when only Okta credentials are given", () => {
    const config = parseConfig(OKTA);
    expect(config.appUrl).toBe("http://localhost:8000");
    expect(config.port).toBe(8000);
    expect(config.databaseUrl).toBe("file:./data/portal.db");
    expect(config.logLevel).toBe("INFO");
    expect(config.secureCookies).toBe(false);
    expect(config.sessions).toEqual({ idleTimeoutSeconds: 30 * 60, maxAgeSeconds: 12 * 3600 });
    expect(config.rateLimits).toEqual({ login: 30, sso: 300, api: 1200 });
    expect(config.passwordLogin).toEqual({ allowed: true, lockoutThreshold: 5, lockoutSeconds: 900 });
    expect(config.auditRetentionDays).toBe(365);
    expect(config.trustedProxies).toBe(0);
    expect(config.shutdownGraceSeconds).toBe(20);
    expect(config.metricsToken).toBeNull();
    expect(config.sso).toEqual({
      enabled: true,
      okta: {
        clientId: OKTA.SSO_OKTA_CLIENT_ID,
        clientAuth: { method: "client_secret_basic", secret: OKTA.SSO_OKTA_CLIENT_SECRET },
        issuer: OKTA.SSO_OKTA_ISSUER,
        scope: "openid profile email",
        groupsClaim: "groups",
      },
      autoCreateUsers: true,
      trustedDomains: [],
      preserveAdminAuth: true,
      requireVerifiedEmail: true,
      requireMfaForAdmins: false,
      groupMapping: {},
      adminGroups: [],
    });
    expect(config.platformAdmin).toBeNull();
    expect(config.secret).toBeUndefined();
    expect(config.oktaApi).toBeNull();
  });

  it("parses every variable of .env.example", () => {
    const env = parseEnv(readFileSync(".env.example", "utf8"));
    const config = parseConfig(env);
    expect(config.sso.trustedDomains).toEqual(["yourcompany.com"]);
    expect(config.sso.groupMapping).toEqual({
      "mcp gateway users": { group: "MCP Gateway Users", teamId: "team-users", role: "member" },
      "mcp gateway admins": { group: "MCP Gateway Admins", teamId: "team-admins", role: "owner" },
    });
    expect(config.sso.adminGroups).toEqual(["mcp gateway admins"]);
    expect(config.platformAdmin).toEqual({ email: "admin@yourcompany.com", password: "change-this-password" });
    expect(config.sso.okta?.issuer).toBe("https://yourcompany.okta.com");
  });
});

describe("parseConfig values", () => {
  it.each([
    ["true", true],
    ["TRUE", true],
    ["1", true],
    ["yes", true],
    ["false", false],
    ["0", false],
    ["off", false],
  ])("reads SSO_AUTO_CREATE_USERS=%s as %s", (raw, expected) => {
    expect(parseConfig({ ...OKTA, SSO_AUTO_CREATE_USERS: raw }).sso.autoCreateUsers).toBe(expected);
  });

  it("turns SSO off and Okta with it", () => {
    const config = parseConfig({ SSO_ENABLED: "false" });
    expect(config.sso.enabled).toBe(false);
    expect(config.sso.okta).toBeNull();
  });

  it("needs no Okta credentials when SSO_OKTA_ENABLED=false", () => {
    expect(parseConfig({ SSO_OKTA_ENABLED: "false" }).sso.okta).toBeNull();
  });

  it("strips a trailing slash from the issuer and APP_URL", () => {
    const config = parseConfig({ ...OKTA, SSO_OKTA_ISSUER: "https://org.okta.com/", APP_URL: "https://portal.example.com/" });
    expect(config.sso.okta?.issuer).toBe("https://org.okta.com");
    expect(config.appUrl).toBe("https://portal.example.com");
    expect(config.secureCookies).toBe(true);
  });

  it("normalises trusted domains, scope whitespace and log level", () => {
    const config = parseConfig({
      ...OKTA,
      SSO_TRUSTED_DOMAINS: '["YourCompany.com", "sub.example.org"]',
      SSO_OKTA_SCOPE: " openid  profile email groups ",
      LOG_LEVEL: "debug",
    });
    expect(config.sso.trustedDomains).toEqual(["yourcompany.com", "sub.example.org"]);
    expect(config.sso.okta?.scope).toBe("openid profile email groups");
    expect(config.logLevel).toBe("DEBUG");
  });

  it("accepts both group mapping forms and matches group names case-insensitively", () => {
    const config = parseConfig({ ...OKTA, OKTA_GROUP_MAPPING: '{"Engineering": "team-eng", "Ops": {"team_id": "team-ops", "role": "owner"}}' });
    expect(config.sso.groupMapping).toEqual({
      engineering: { group: "Engineering", teamId: "team-eng", role: "member" },
      ops: { group: "Ops", teamId: "team-ops", role: "owner" },
    });
  });

  it("reads PORT, session lifetimes and the platform admin", () => {
    const config = parseConfig({
      ...OKTA,
      PORT: "8100",
      SESSION_IDLE_TIMEOUT_MINUTES: "480",
      SESSION_MAX_AGE_HOURS: "168",
      PLATFORM_ADMIN_EMAIL: "Admin@Example.com",
      PLATFORM_ADMIN_PASSWORD: "change-me-12",
    });
    expect(config.port).toBe(8100);
    expect(config.sessions).toEqual({ idleTimeoutSeconds: 8 * 3600, maxAgeSeconds: 7 * 24 * 3600 });
    expect(config.platformAdmin).toEqual({ email: "admin@example.com", password: "change-me-12" });
  });

  it("reads AUDIT_RETENTION_DAYS", () => {
    expect(parseConfig({ ...OKTA, AUDIT_RETENTION_DAYS: "30" }).auditRetentionDays).toBe(30);
  });
});

describe("parseConfig errors name the variable, the value and the expected form", () => {
  it.each([
    [{ SSO_TRUSTED_DOMAINS: "yourcompany.com" }, 'SSO_TRUSTED_DOMAINS must be a JSON array such as ["yourcompany.com"] (got "yourcompany.com")'],
    [{ SSO_TRUSTED_DOMAINS: '["not a domain"]' }, 'SSO_TRUSTED_DOMAINS must be a JSON array such as ["yourcompany.com"] (got "[\\"not a domain\\"]")'],
    [{ SSO_ENABLED: "maybe" }, 'SSO_ENABLED must be true or false (got "maybe")'],
    [{ SSO_OKTA_ENABLED: "enabled" }, 'SSO_OKTA_ENABLED must be true or false (got "enabled")'],
    [{ SSO_AUTO_CREATE_USERS: "2" }, 'SSO_AUTO_CREATE_USERS must be true or false (got "2")'],
    [{ SSO_PRESERVE_ADMIN_AUTH: "y" }, 'SSO_PRESERVE_ADMIN_AUTH must be true or false (got "y")'],
    [
      { SSO_OKTA_ISSUER: "yourcompany.okta.com" },
      'SSO_OKTA_ISSUER must be an absolute http(s) URL such as https://yourcompany.okta.com or https://yourcompany.okta.com/oauth2/default (got "yourcompany.okta.com")',
    ],
    [
      { SSO_OKTA_SCOPE: "profile email" },
      'SSO_OKTA_SCOPE must be a space-separated list that includes "openid", such as "openid profile email groups" (got "profile email")',
    ],
    [
      { OKTA_GROUP_MAPPING: '["team"]' },
      'OKTA_GROUP_MAPPING must be a JSON object from Okta group name to team id, such as {"MCP Gateway Users": "team-users"} (got "[\\"team\\"]")',
    ],
    [{ OKTA_GROUP_MAPPING: '{"Ops": {"team_id": "t", "role": "boss"}}' }, "OKTA_GROUP_MAPPING must be a JSON object"],
    [{ SSO_OKTA_ADMIN_GROUPS: "Admins" }, "SSO_OKTA_ADMIN_GROUPS must be a JSON array of Okta group names"],
    [{ LOG_LEVEL: "verbose" }, 'LOG_LEVEL must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL (got "verbose")'],
    [{ PLATFORM_ADMIN_EMAIL: "admin" }, 'PLATFORM_ADMIN_EMAIL must be an email address such as admin@yourcompany.com (got "admin")'],
    [
      { PLATFORM_ADMIN_EMAIL: "a@example.com", PLATFORM_ADMIN_PASSWORD: "short" },
      "PLATFORM_ADMIN_PASSWORD must be at least 12 characters long (the value is hidden)",
    ],
    [
      { PLATFORM_ADMIN_EMAIL: "a@example.com", PLATFORM_ADMIN_PASSWORD: "elevenchars" },
      "PLATFORM_ADMIN_PASSWORD must be at least 12 characters long (the value is hidden)",
    ],
    [{ PLATFORM_ADMIN_PASSWORD: "long-enough-password" }, "PLATFORM_ADMIN_EMAIL is required when PLATFORM_ADMIN_PASSWORD is set"],
    [{ APP_URL: "localhost:8000" }, 'APP_URL must be an absolute http(s) URL such as https://portal.yourcompany.com (got "localhost:8000")'],
    [{ APP_URL: "https://example.com/portal" }, "APP_URL must be the portal's origin without a path"],
    [{ PORT: "eighty" }, 'PORT must be a port number between 1 and 65535 (got "eighty")'],
    [{ PORT: "70000" }, 'PORT must be a port number between 1 and 65535 (got "70000")'],
    [
      { DATABASE_URL: "./portal.db" },
      'DATABASE_URL must be a SQLite file URL such as file:./data/portal.db or a PostgreSQL URL such as postgresql://user:password@host:5432/portal (got "./portal.db")',
    ],
    [
      { DATABASE_URL: "mysql://db/portal" },
      'DATABASE_URL must be a SQLite file URL such as file:./data/portal.db or a PostgreSQL URL such as postgresql://user:password@host:5432/portal (got "mysql://db/portal")',
    ],
    [{ SESSION_IDLE_TIMEOUT_MINUTES: "-5" }, 'SESSION_IDLE_TIMEOUT_MINUTES must be a whole number of minutes greater than 0, such as 30 (got "-5")'],
    [{ SESSION_MAX_AGE_HOURS: "1.5" }, "SESSION_MAX_AGE_HOURS must be a whole number of hours greater than 0"],
    [{ RATE_LIMIT_API_PER_MINUTE: "lots" }, 'RATE_LIMIT_API_PER_MINUTE must be a whole number of requests greater than 0, such as 1200 (got "lots")'],
    [{ LOGIN_LOCKOUT_THRESHOLD: "0" }, 'LOGIN_LOCKOUT_THRESHOLD must be a whole number of failed attempts greater than 0, such as 5 (got "0")'],
    [{ AUDIT_RETENTION_DAYS: "0" }, 'AUDIT_RETENTION_DAYS must be a whole number of days greater than 0, such as 365 (got "0")'],
    [{ AUDIT_RETENTION_DAYS: "a year" }, 'AUDIT_RETENTION_DAYS must be a whole number of days greater than 0, such as 365 (got "a year")'],
    [{ SSO_OKTA_GROUPS_CLAIM: "my groups" }, 'SSO_OKTA_GROUPS_CLAIM must be a claim name such as groups (got "my groups")'],
    [{ NEXTAUTH_SECRET: "short" }, "NEXTAUTH_SECRET must be at least 32 characters (e.g. the output of `openssl rand -base64 32`) (the value is hidden)"],
  ])("%j", (overrides, message) => {
    const error = errorFor({ ...OKTA, ...overrides });
    expect(error.message).toContain(message);
    expect(error.message).not.toContain("\n");
    expect(error.variable).toBe(message.split(" ")[0]);
  });

  it.each([
    ["SSO_OKTA_CLIENT_ID", "SSO_OKTA_CLIENT_ID is required when SSO_OKTA_ENABLED=true: set it to the Client ID of your Okta OIDC app"],
    ["SSO_OKTA_CLIENT_SECRET", "SSO_OKTA_CLIENT_SECRET is required when SSO_OKTA_ENABLED=true"],
    ["SSO_OKTA_ISSUER", "SSO_OKTA_ISSUER is required when SSO_OKTA_ENABLED=true"],
  ])("requires %s when Okta is enabled", (variable, message) => {
    const error = errorFor({ ...OKTA, [variable]: undefined, SSO_OKTA_ENABLED: "true" });
    expect(error.message).toContain(message);
  });

  it("reads OKTA_API_TOKEN with the Okta API at the issuer's origin, and needs the issuer for it", () => {
    expect(parseConfig({ ...OKTA, OKTA_API_TOKEN: "00abcDEF-ghi_jkl" }).oktaApi).toEqual({
      baseUrl: "https://yourcompany.okta.com",
      token: "00abcDEF-ghi_jkl",
      maxWaitSeconds: 600,
    });
    const missingIssuer = errorFor({ OKTA_API_TOKEN: "00abc", SSO_OKTA_ENABLED: "false" });
    expect(missingIssuer.variable).toBe("SSO_OKTA_ISSUER");
    expect(missingIssuer.message).toContain("SSO_OKTA_ISSUER is required when OKTA_API_TOKEN is set");
    const withPrefix = errorFor({ ...OKTA, OKTA_API_TOKEN: "SSWS 00abc-secret" });
    expect(withPrefix.message).toBe(
      "OKTA_API_TOKEN must be an Okta API token (Security → API → Tokens), without spaces or the SSWS prefix (the value is hidden)",
    );
    expect(withPrefix.message).not.toContain("00abc-secret");
  });

  it("never echoes a secret", () => {
    const error = errorFor({ ...OKTA, PLATFORM_ADMIN_EMAIL: "a@example.com", PLATFORM_ADMIN_PASSWORD: "sekret" });
    expect(error.message).not.toContain("sekret");
  });
});

describe("client authentication (SSO_OKTA_CLIENT_AUTH, SSO_OKTA_PRIVATE_KEY)", () => {
  const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;
  const pkcs8 = rsa.export({ format: "pem", type: "pkcs8" }) as string;
  const withKey = (key: string | undefined) => ({
    ...OKTA,
    SSO_OKTA_CLIENT_SECRET: undefined,
    SSO_OKTA_CLIENT_AUTH: "private_key_jwt",
    SSO_OKTA_PRIVATE_KEY: key,
  });
  const keyOf = (env: Record<string, string | undefined>) => {
    const auth = parseConfig(env).sso.okta!.clientAuth;
    if (auth.method !== "private_key_jwt") throw new Error(`expected a key, got ${auth.method}`);
    return auth.key;
  };

  it("accepts client_secret_post with the secret", () => {
    expect(parseConfig({ ...OKTA, SSO_OKTA_CLIENT_AUTH: "client_secret_post" }).sso.okta!.clientAuth).toEqual({
      method: "client_secret_post",
      secret: OKTA.SSO_OKTA_CLIENT_SECRET,
    });
  });

  it("reads a PKCS#8 PEM without a secret, with the RFC 7638 thumbprint as kid and only public members in the public JWK", async () => {
    const key = keyOf(withKey(pkcs8));
    const publicJwk = createPublicKey(rsa).export({ format: "jwk" });
    expect(key.kid).toBe(await calculateJwkThumbprint(publicJwk as never, "sha256"));
    expect(key.alg).toBe("RS256");
    expect(key.publicJwk).toEqual({ ...publicJwk, kid: key.kid, alg: "RS256", use: "sig" });
    expect(key.privateJwk.d).toBe(rsa.export({ format: "jwk" }).d);
  });

  it("reads the same key as PKCS#1 PEM, as a one-line PEM with \\n, and as a JWK (whose own kid wins)", () => {
    const kid = keyOf(withKey(pkcs8)).kid;
    const pkcs1 = rsa.export({ format: "pem", type: "pkcs1" }) as string;
    expect(pkcs1).toContain("BEGIN RSA PRIVATE KEY");
    expect(keyOf(withKey(pkcs1)).kid).toBe(kid);
    expect(keyOf(withKey(pkcs8.trim().replace(/\n/g, "\\n"))).kid).toBe(kid);
    expect(keyOf(withKey(JSON.stringify(rsa.export({ format: "jwk" })))).kid).toBe(kid);
    expect(keyOf(withKey(JSON.stringify({ ...rsa.export({ format: "jwk" }), kid: "okta-console-kid" }))).kid).toBe("okta-console-kid");
  });

  it("accepts an EC P-256 key as ES256", () => {
    const ec = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ format: "pem", type: "pkcs8" }) as string;
    expect(keyOf(withKey(ec)).alg).toBe("ES256");
  });

  it.each([
    [
      "missing",
      undefined,
      "SSO_OKTA_PRIVATE_KEY is required when SSO_OKTA_CLIENT_AUTH=private_key_jwt: set it to the private key printed by `npm run sso:keygen`",
    ],
    ["garbage", "not a key", "SSO_OKTA_PRIVATE_KEY must be a PEM private key (-----BEGIN PRIVATE KEY-----) or a private JWK as JSON"],
    [
      "a public PEM",
      createPublicKey(rsa).export({ format: "pem", type: "spki" }) as string,
      "SSO_OKTA_PRIVATE_KEY must be the private key: this is a public key, which belongs in Okta",
    ],
    [
      "a public JWK",
      JSON.stringify(createPublicKey(rsa).export({ format: "jwk" })),
      "SSO_OKTA_PRIVATE_KEY must be the private key: this is a public JWK, which belongs in Okta",
    ],
    ["broken JSON", '{"kty": "RSA",', "SSO_OKTA_PRIVATE_KEY must be a PEM private key or a private JWK as a JSON object (the JSON does not parse)"],
    [
      "a 1024-bit RSA key",
      generateKeyPairSync("rsa", { modulusLength: 1024 }).privateKey.export({ format: "pem", type: "pkcs8" }) as string,
      "SSO_OKTA_PRIVATE_KEY must be an RSA key of at least 2048 bits (this one has 1024)",
    ],
    [
      "an Ed25519 key",
      generateKeyPairSync("ed25519").privateKey.export({ format: "pem", type: "pkcs8" }) as string,
      "SSO_OKTA_PRIVATE_KEY must be an RSA (RS256) or EC P-256/P-384/P-521 key, not ed25519",
    ],
  ])("refuses %s in one line naming the variable and never echoes the key", (_, key, message) => {
    const error = errorFor(withKey(key));
    expect(error.variable).toBe("SSO_OKTA_PRIVATE_KEY");
    expect(error.message).toContain(message);
    expect(error.message).not.toContain("MII");
    expect(error.message).not.toMatch(/\n\s+at /);
  });

  it("refuses an unknown method and still requires the secret for the secret methods", () => {
    expect(errorFor({ ...OKTA, SSO_OKTA_CLIENT_AUTH: "client_secret_jwt" }).message).toBe(
      'SSO_OKTA_CLIENT_AUTH must be one of client_secret_basic, client_secret_post, private_key_jwt (got "client_secret_jwt")',
    );
    const error = errorFor({ ...OKTA, SSO_OKTA_CLIENT_SECRET: undefined, SSO_OKTA_CLIENT_AUTH: "client_secret_post", SSO_OKTA_PRIVATE_KEY: pkcs8 });
    expect(error.variable).toBe("SSO_OKTA_CLIENT_SECRET");
  });
});
