import type { IncomingMessage, ServerResponse } from "node:http";
import type Provider from "oidc-provider";
import { findUserByLogin, passwordMatches } from "./accounts";
import { NOT_ASSIGNED } from "./okta-errors";
import { messagePage, signInPage } from "./pages";

const MAX_FORM_BYTES = 16 * 1024;

/** GET shows the sign-in form of interaction `uid`; POST checks the password and finishes the interaction. */
export async function signIn(provider: Provider, req: IncomingMessage, res: ServerResponse, uid: string): Promise<void> {
  const interaction = await provider.interactionDetails(req, res).catch(() => undefined);
  if (!interaction || interaction.uid !== uid) {
    return send(res, 400, messagePage("Sign-in expired", "This sign-in request has expired. Go back to the application and start again."));
  }
  const action = `/login/${encodeURIComponent(uid)}`;
  if (req.method !== "POST") return send(res, 200, signInPage(action));

  const form = await readForm(req);
  const username = form.get("username") ?? "";
  const user = findUserByLogin(username);
  if (!user || !passwordMatches(user, form.get("password") ?? "")) {
    return send(res, 401, signInPage(action, username, true));
  }
  // Okta authenticates the user first and only then refuses the app, back at the app's redirect_uri.
  const result = user.assigned
    ? { login: { accountId: user.id, amr: user.amr } }
    : { error: "access_denied", error_description: NOT_ASSIGNED };
  await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
}

function send(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'" });
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
