// Playwright's web server: the bundled IdP and a production portal on fixed loopback ports.
import { startStack } from "../helpers/start-stack";

async function main() {
  const stack = await startStack({
    portalPort: Number(process.env.E2E_PORTAL_PORT),
    idpPort: Number(process.env.E2E_IDP_PORT),
    // Okta's event hooks, sent by the IdP's dashboard buttons.
    eventHookSecret: "e2e-event-hook-secret-0123456789",
    // Okta groups make the demo admin an admin, so the app has a groups claim (as the README's setup says).
    idpBehaviour: { groupsClaim: true },
    // The demo setup of `npm run dev`: Okta admins are portal admins, groups map to teams.
    env: {
      SSO_TRUSTED_DOMAINS: '["example.com"]',
      OKTA_GROUP_MAPPING: '{"MCP Gateway Users": "team-users", "MCP Gateway Admins": {"team_id": "team-admins", "role": "owner"}}',
      SSO_OKTA_ADMIN_GROUPS: '["MCP Gateway Admins"]',
      // The bundled IdP's Okta API token, so Settings → Sync runs against its fixture.
      OKTA_API_TOKEN: "dev-okta-api-token",
    },
  });
  console.log(`e2e stack: portal ${stack.portal.url}, IdP ${stack.idp.issuer}`);
  const stop = () => void stack.stop().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

void main();
