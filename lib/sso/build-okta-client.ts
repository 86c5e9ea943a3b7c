import type { BaseClient, CallbackExtras, Issuer } from "openid-client";
import type { OktaConfig } from "@/lib/config/parse-config";
import { toClientMetadata } from "./to-client-metadata";

export interface OktaClient {
  client: BaseClient;
  /** Pass to callback() and grant(): they carry what the client assertion needs per request. */
  extras: CallbackExtras;
}

/**
 * The openid-client client every request to Okta's token endpoint goes through (the sign-in's code
 * exchange and sso:doctor's probe), authenticating the way SSO_OKTA_CLIENT_AUTH says.
 */
export function buildOktaClient(issuer: Issuer<BaseClient>, okta: OktaConfig, redirectUri: string): OktaClient {
  const auth = okta.clientAuth;
  const metadata = { ...toClientMetadata(okta), redirect_uris: [redirectUri] };
  const client = auth.method === "private_key_jwt" ? new issuer.Client(metadata, { keys: [auth.key.privateJwk as never] }) : new issuer.Client(metadata);
  // openid-client addresses the assertion to the issuer; Okta accepts only its token endpoint URL.
  const extras: CallbackExtras = auth.method === "private_key_jwt" ? { clientAssertionPayload: { aud: issuer.metadata.token_endpoint } } : {};
  return { client, extras };
}
