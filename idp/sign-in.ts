import type { IncomingMessage, ServerResponse } from "node:http";
import type Provider from "oidc-provider";
import { findUserById, findUserByLogin, passwordMatches, type DemoUser } from "./accounts";
import { INVALID_FACTOR_CODE, NOT_ASSIGNED } from "./okta-errors";
import { factorPage, messagePage, signInPage } from "./pages";

const MAX_FORM_BYTES = 16 * 1024;
/** Every demo user's one-time code: the bundled IdP has no authenticator app to pair with. */
export const DEMO_FACTOR_CODE = "123456";
/** Okta's predefined ACR values that ask for a second factor (Identity Engine step-up). */
const MFA_ACRS = ["urn:okta:loa:2fa:any", "urn:okta:loa:2fa:any:ifpossible", "phr", "phrh"];
/** Interactions whose password was right and whose factor is still asked for: uid → user id. */
const awaitingFactor = new Map<string, string>();

/** GET shows the sign-in form of interaction `uid`; POST checks the password and finishes the interaction. */
export async function signIn(provider: Provider, req: IncomingMessage, res: ServerResponse, uid: string): Promise<void> {
  const interaction = await provider.interactionDetails(req, res).catch(() => undefined);
  if (!interaction || interaction.uid !== uid) {
    return send(res, 400, messagePage("Sign-in expired", "This sign-in request has expired. Go back to the application and start again."));
  }
  const action = `/login/${encodeURIComponent(uid)}`;
  // Okta's widget fills the username from the app's login_hint.
  if (req.method !== "POST") return send(res, 200, signInPage(action, typeof interaction.params.login_hint === "string" ? interaction.params.login_hint : ""));

  const form = await readForm(req);
  const acr = mfaAcr(interaction.params.acr_values);
  if (form.get("step") === "factor") return verifyFactor(provider, req, res, uid, action, form.get("code") ?? "", acr);
  const username = form.get("username") ?? "";
  const user = findUserByLogin(username);
  if (!user || !passwordMatches(user, form.get("password") ?? "")) {
    return send(res, 401, signInPage(action, username, true));
  }
  // Okta authenticates the user first and only then refuses the app, back at the app's redirect_uri.
  if (!user.assigned) return finish(provider, req, res, { error: "access_denied", error_description: NOT_ASSIGNED });
  // An app asking for MFA gets the factor prompt for users with one enrolled (and not already asked for one).
  if (acr && user.factors?.length && !user.amr.includes("mfa")) {
    awaitingFactor.set(uid, user.id);
    return send(res, 200, factorPage(action, user.factors[0]));
  }
  // Without an enrolled factor the sign-in stays single-factor: real Okta would ask the user to enrol one.
  return finish(provider, req, res, {
    login: { accountId: user.id, amr: user.amr, ...(acr ? { acr: user.amr.includes("mfa") ? acr : "urn:okta:loa:1fa:pwd" } : {}) },
  });
}

async function verifyFactor(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  uid: string,
  action: string,
  code: string,
  acr: string | undefined,
): Promise<void> {
  const user = findUserById(awaitingFactor.get(uid) ?? "");
  if (!user?.factors?.length || !acr)
    return send(res, 400, messagePage("Sign-in expired", "This sign-in request has expired. Go back to the application and start again."));
  if (code.trim() !== DEMO_FACTOR_CODE) return send(res, 401, factorPage(action, user.factors[0], INVALID_FACTOR_CODE));
  awaitingFactor.delete(uid);
  return finish(provider, req, res, { login: { accountId: user.id, amr: withFactor(user, user.factors[0]), acr } });
}

/** The first requested ACR value that asks for MFA, if any. */
function mfaAcr(acrValues: unknown): string | undefined {
  return typeof acrValues === "string" ? acrValues.split(" ").find((value) => MFA_ACRS.includes(value)) : undefined;
}

/** Okta lists the password, "mfa" and the factor used. */
function withFactor(user: DemoUser, factor: string): string[] {
  return [...new Set([...user.amr, "mfa", factor])];
}

async function finish(provider: Provider, req: IncomingMessage, res: ServerResponse, result: Parameters<Provider["interactionFinished"]>[2]): Promise<void> {
  await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
}

function send(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
  });
  res.end(html);
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let body = "";
  for await (const chunk of req) {
    body += chunk;
    if (body.length > MAX_FORM_BYTES) throw new Error("sign-in form too large");
  }
  return new URLSearchParams(body);
}
