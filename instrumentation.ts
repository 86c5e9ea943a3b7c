// Next calls register() once when the server process starts, before it serves a request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getConfig } = await import("@/lib/config/get-config");
  const { observeIdpRequests } = await import("@/lib/metrics/observe-idp-requests");
  let issuer: string | undefined;
  try {
    issuer = getConfig().sso.okta?.issuer;
  } catch {
    // `next build` may run this without the portal's configuration; `npm start` checks it before serving.
  }
  // Subscribed before the first login, so every call to the IdP is observed.
  if (issuer) observeIdpRequests(issuer);
}
