import type { IncomingMessage, ServerResponse } from "node:http";
import type { IdpBehaviour } from "./behaviour";
import { INVALID_SCOPE, LOGOUT_HINT_REQUIRED, SCOPE_NOT_CONFIGURED, UNREGISTERED_LOGOUT_URI } from "./okta-errors";
import { messagePage } from "./pages";
import type { IdpClient, IdpShape } from "./server";

interface Precheck {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  shape: IdpShape;
  /** Where the endpoints live, e.g. /oauth2/v1 (org) or /oauth2/default/v1 (custom). */
  endpointBase: string;
  clients: IdpClient[];
  behaviour: IdpBehaviour;
}

// The scopes every Okta authorization server has; `groups` too on the org server, and on a custom one once configured.
const OKTA_SCOPES = ["openid", "profile", "email", "address", "phone", "offline_access"];

/**
 * Okta's refusals that node-oidc-provider would let through, answered before it sees the request:
 * a scope the authorization server doesn't have (node-oidc-provider ignores unknown scopes; Okta
 * refuses the request, and a custom server without a groups claim has no `groups`), and /v1/logout
 * without id_token_hint or with a sign-out redirect the app doesn't list. Returns true when it answered.
 */
export function oktaPrecheck({ req, res, url, shape, endpointBase, clients, behaviour }: Precheck): boolean {
  const params = url.searchParams;
  if (url.pathname === `${endpointBase}/authorize`) {
    const known = new Set([...OKTA_SCOPES, ...(shape === "org" || behaviour.groupsClaim ? ["groups"] : [])]);
    const unknown = (params.get("scope") ?? "").split(" ").some((scope) => scope !== "" && !known.has(scope));
    const client = clients.find((candidate) => candidate.client_id === params.get("client_id"));
    const redirectUri = params.get("redirect_uri") ?? "";
    // Only a registered client and redirect URI get the error redirect; anything else is NOP's error page.
    if (unknown && client?.redirect_uris.includes(redirectUri)) {
      const back = new URL(redirectUri);
      back.searchParams.set("error", "invalid_scope");
      back.searchParams.set("error_description", shape === "custom" ? SCOPE_NOT_CONFIGURED : INVALID_SCOPE);
      if (params.has("state")) back.searchParams.set("state", params.get("state")!);
      res.writeHead(302, { location: back.href, "cache-control": "no-store" });
      res.end();
      return true;
    }
  }
  // Okta has accepted a POSTed logout since 2024; the portal navigates with GET, which is what is checked here.
  if (url.pathname === `${endpointBase}/logout` && req.method === "GET") {
    if (!params.get("id_token_hint")) return badRequest(res, LOGOUT_HINT_REQUIRED);
    if (params.has("post_logout_redirect_uri") && !behaviour.logoutRedirectRegistered) return badRequest(res, UNREGISTERED_LOGOUT_URI);
  }
  return false;
}

function badRequest(res: ServerResponse, message: string): true {
  res.writeHead(400, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  res.end(messagePage("400 Bad Request", message));
  return true;
}
