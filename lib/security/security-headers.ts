/**
 * Headers every response carries. Scripts run only with this request's nonce ('strict-dynamic'
 * lets Next's own chunks load); no 'unsafe-eval' outside development, where React needs it for
 * debugging. Inline style attributes stay allowed: React and the chart library set them.
 */
export function securityHeaders(nonce: string, options: { https: boolean; development: boolean; issuerOrigin: string | null }): Record<string, string> {
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    // Forms post to the portal only; sign-out then redirects to Okta's logout, which form-action also governs.
    `form-action 'self'${options.issuerOrigin ? ` ${options.issuerOrigin}` : ""}`,
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
  return {
    "Content-Security-Policy": csp,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(options.https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}
