import type { ClientMetadata } from "openid-client";
import type { OktaConfig } from "@/lib/config/parse-config";

/**
 * The portal as an openid-client client: its client_id and how it authenticates at the token
 * endpoint (SSO_OKTA_CLIENT_AUTH). With a key there is no secret at all, so nothing falls back to one.
 */
export function toClientMetadata(okta: OktaConfig): ClientMetadata {
  const auth = okta.clientAuth;
  return auth.method === "private_key_jwt"
    ? { client_id: okta.clientId, token_endpoint_auth_method: auth.method, token_endpoint_auth_signing_alg: auth.key.alg }
    : { client_id: okta.clientId, client_secret: auth.secret, token_endpoint_auth_method: auth.method };
}
