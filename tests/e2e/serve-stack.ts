// Playwright's web server: the bundled IdP and a production portal on fixed loopback ports.
import { startStack } from "../helpers/start-stack";

async function main() {
  const stack = await startStack({
    portalPort: Number(process.env.E2E_PORTAL_PORT),
    idpPort: Number(process.env.E2E_IDP_PORT),
    // The bundled IdP's Okta API token, so Settings → Sync runs against its fixture.
    env: { OKTA_API_TOKEN: "dev-okta-api-token" },
  });
  console.log(`e2e stack: portal ${stack.portal.url}, IdP ${stack.idp.issuer}`);
  const stop = () => void stack.stop().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

void main();
