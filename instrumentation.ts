// Next calls register() once when the server process starts, before it serves a request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getConfig } = await import("@/lib/config/get-config");
  const { portalMetrics } = await import("@/lib/metrics/portal-metrics");
  const { observeIdpRequests } = await import("@/lib/metrics/observe-idp-requests");
  // Process metrics from the first second, and IdP calls observed from the first login.
  portalMetrics();
  let issuer: string | undefined;
  try {
    issuer = getConfig().sso.okta?.issuer;
  } catch {
    // `next build` may run this without the portal's configuration; `npm start` checks it before serving.
  }
  if (issuer) observeIdpRequests(issuer);
}
