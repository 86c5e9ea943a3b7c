/**
 * The local configuration `npm run dev` uses for every variable not set in the environment or .env:
 * the bundled IdP as the Okta issuer, demo group mapping, and a local platform admin.
 */
export const DEV_DEFAULTS: Record<string, string> = {
  SSO_ENABLED: "true",
  SSO_OKTA_ENABLED: "true",
  SSO_OKTA_CLIENT_ID: "portal-dev-client",
  SSO_OKTA_CLIENT_SECRET: "portal-dev-secret",
  // The org authorization server, as in the tutorial (a fresh Okta org has it; /oauth2/default needs API Access Management).
  SSO_OKTA_ISSUER: "http://localhost:9000",
  SSO_OKTA_SCOPE: "openid profile email groups",
  SSO_AUTO_CREATE_USERS: "true",
  SSO_TRUSTED_DOMAINS: '["example.com"]',
  SSO_PRESERVE_ADMIN_AUTH: "true",
  OKTA_GROUP_MAPPING: '{"MCP Gateway Users": "team-users", "MCP Gateway Admins": {"team_id": "team-admins", "role": "owner"}}',
  SSO_OKTA_ADMIN_GROUPS: '["MCP Gateway Admins"]',
  // The bundled IdP's dashboard sends Okta event hooks with this secret (development only).
  OKTA_EVENT_HOOK_SECRET: "dev-event-hook-secret-0123456789",
  PLATFORM_ADMIN_EMAIL: "platform-admin@example.com",
  PLATFORM_ADMIN_PASSWORD: "portal-dev-admin",
  APP_URL: "http://localhost:8000",
  PORT: "8000",
  DATABASE_URL: "file:./data/portal.db",
  LOG_LEVEL: "INFO",
  // Human-readable log lines (pino-pretty) in this script too, as `next dev` has in its process.
  NODE_ENV: "development",
};

/** The default issuer means "use the bundled IdP"; any other issuer is a real Okta org or another OP. */
export const BUNDLED_IDP_PORT = 9000;

/**
 * How `npm run dev` starts the bundled IdP: a fresh Okta org (org server, thin ID tokens) whose app
 * has a groups claim filter, so the demo admin's Okta group makes them a portal admin.
 */
export const BUNDLED_IDP_OPTIONS = { shape: "org", behaviour: { groupsClaim: true } } as const;

export function applyDevDefaults(env: NodeJS.ProcessEnv): void {
  for (const [name, value] of Object.entries(DEV_DEFAULTS)) {
    if (env[name] === undefined || env[name] === "") env[name] = value;
  }
}
