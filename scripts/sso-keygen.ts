// `npm run sso:keygen`: a new key pair for SSO_OKTA_CLIENT_AUTH=private_key_jwt. Prints to stdout only, once.
import { exportPKCS8, generateKeyPair } from "jose";
import { parseClientKey } from "@/lib/sso/parse-client-key";

async function main() {
  const { privateKey } = await generateKeyPair("RS256", { modulusLength: 2048, extractable: true });
  const pem = await exportPKCS8(privateKey);
  // The kid comes from the same parser the portal reads the key with, so both sides name it alike.
  const { kid, publicJwk } = parseClientKey(pem);
  console.log(`# SSO_OKTA_PRIVATE_KEY (keep it secret; set it with SSO_OKTA_CLIENT_AUTH=private_key_jwt)
${pem.trim()}

# Public JWK (kid ${kid}) to paste into Okta: app → General → Client Credentials → Edit → Public key / Private key → Add key
${JSON.stringify(publicJwk, null, 2)}`);
}

main().catch((error: unknown) => {
  console.error(`sso:keygen: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
