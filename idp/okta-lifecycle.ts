import { randomBytes, randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { importJWK, SignJWT } from "jose";
import { findUserByLogin, type DemoUser } from "./accounts";
import { sendJson } from "./okta-api";
import { dashboardPage, messagePage } from "./pages";

/** What the IdP needs to play Okta's part towards the portal after sign-in. */
export interface LifecycleContext {
  /** The org URL (Universal Logout JWTs are issued by the org, whatever the app's authorization server). */
  orgUrl: string;
  /** The authorization server the portal signs in with. */
  issuer: string;
  /** The current signing key (private JWK); the org's and the app's servers share it here. */
  signingKey: () => JsonWebKey & { kid: string };
  /** The portal origins registered on the IdP's client. */
  portalOrigins: string[];
  /** The secret configured on the portal as OKTA_EVENT_HOOK_SECRET, sent as the hook's Authorization header. */
  eventHookSecret?: string;
  /** Serve the org server's discovery and keys too (the custom-server shape mounts only /oauth2/default). */
  serveOrgKeys: boolean;
}

/** Signs claims as Okta does for calls it makes to apps (RS256, the current key's kid). */
export async function signOktaJwt(context: LifecycleContext, claims: Record<string, unknown>): Promise<string> {
  const { kid, ...jwk } = context.signingKey();
  return new SignJWT(claims).setProtectedHeader({ alg: "RS256", kid, typ: "JWT" }).sign(await importJWK(jwk, "RS256"));
}

/**
 * Okta's Universal Logout call for one user: a Signed JWT (iss the org, aud the endpoint, single-use
 * jti, 5 minutes) and the Global Token Revocation body in the chosen subject format.
 */
export async function sendUniversalLogout(context: LifecycleContext, user: DemoUser, format: "email" | "iss_sub" = "email"): Promise<number> {
  const endpoint = `${context.portalOrigins[0]}/auth/global-token-revocation`;
  const now = Math.floor(Date.now() / 1000);
  const jwt = await signOktaJwt(context, { iss: context.orgUrl, aud: endpoint, jti: randomBytes(16).toString("base64url"), iat: now, exp: now + 300 });
  const sub_id = format === "email" ? { format, email: user.email } : { format, iss: context.issuer, sub: user.id };
  const response = await fetch(endpoint, {
    method: "POST",
    headers: { authorization: `Bearer ${jwt}`, "content-type": "application/json" },
    body: JSON.stringify({ sub_id }),
  });
  return response.status;
}

/** An event hook delivery for one user, as Okta sends it (one event per delivery here). */
export async function sendEventHook(context: LifecycleContext, user: DemoUser, eventType: string, group?: string): Promise<number> {
  const target = [{ id: user.id, type: "User", alternateId: user.email, displayName: `${user.givenName} ${user.familyName}` }];
  if (group) target.push({ id: `00g${randomBytes(8).toString("hex")}`, type: "UserGroup", alternateId: "unknown", displayName: group });
  const event = { uuid: randomUUID(), published: new Date().toISOString(), eventType, displayMessage: eventType, target };
  const body = {
    eventType: "com.okta.event_hook",
    eventTypeVersion: "1.0",
    cloudEventsVersion: "0.1",
    source: context.orgUrl,
    eventId: randomUUID(),
    data: { events: [event] },
    contentType: "application/json",
  };
  const response = await fetch(`${context.portalOrigins[0]}/hooks/okta`, {
    method: "POST",
    headers: { authorization: context.eventHookSecret ?? "", "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return response.status;
}

/**
 * The IdP's Okta-dashboard and admin-action pages: `/app/UserHome` (the portal's tile, which opens the
 * portal's Initiate login URI, and buttons that make Okta call the portal), `POST /dev/universal-logout`
 * and `POST /dev/event-hook` (form or JSON: email, and eventType/group). True when it handled the request.
 */
export async function lifecycleRoute(context: LifecycleContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  if (context.serveOrgKeys && req.method === "GET" && url.pathname === "/.well-known/openid-configuration") {
    sendJson(res, 200, { issuer: context.orgUrl, jwks_uri: `${context.orgUrl}/oauth2/v1/keys` });
    return true;
  }
  if (context.serveOrgKeys && req.method === "GET" && url.pathname === "/oauth2/v1/keys") {
    const { kid, kty, n, e } = context.signingKey() as JsonWebKey & { kid: string };
    sendJson(res, 200, { keys: [{ kty, alg: "RS256", kid, use: "sig", n, e }] });
    return true;
  }
  if (req.method === "GET" && url.pathname === "/app/UserHome") {
    const initiate = `${context.portalOrigins[0]}/auth/sso/initiate?${new URLSearchParams({ iss: context.orgUrl })}`;
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(dashboardPage(initiate));
    return true;
  }
  const action = req.method === "POST" ? /^\/dev\/(universal-logout|event-hook)$/.exec(url.pathname)?.[1] : undefined;
  if (!action) return false;
  const form = await readForm(req);
  const user = findUserByLogin(form.email ?? "");
  const asJson = req.headers.accept?.includes("application/json");
  if (!user) {
    if (asJson) sendJson(res, 404, { error: `no demo user ${form.email}` });
    else res.writeHead(404, { "content-type": "text/html; charset=utf-8" }).end(messagePage("Unknown user", `No demo user ${form.email ?? ""}`));
    return true;
  }
  const status =
    action === "universal-logout"
      ? await sendUniversalLogout(context, user, form.format === "iss_sub" ? "iss_sub" : "email")
      : await sendEventHook(context, user, form.eventType ?? "user.lifecycle.suspend", form.group);
  if (asJson) sendJson(res, 200, { portalStatus: status });
  else
    res
      .writeHead(200, { "content-type": "text/html; charset=utf-8" })
      .end(messagePage("Sent to the portal", `${action} for ${user.email}: the portal answered HTTP ${status}.`));
  return true;
}

async function readForm(req: IncomingMessage): Promise<Record<string, string | undefined>> {
  let text = "";
  for await (const chunk of req) {
    text += chunk;
    if (text.length > 16_384) break;
  }
  if (req.headers["content-type"]?.includes("application/json")) return JSON.parse(text || "{}") as Record<string, string>;
  return Object.fromEntries(new URLSearchParams(text));
}
