import { NextResponse, type NextRequest } from "next/server";
import { getConfig } from "@/lib/config/get-config";
import { securityHeaders } from "@/lib/security/security-headers";

function originOf(url: string | undefined | null): string | null {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
}

/** Runs before every page and API route: a fresh CSP nonce per request, and the security headers. */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  // Next 16 runs the proxy in the Node.js runtime, so it reads the same parsed config as everything else.
  const config = getConfig();
  const headers = securityHeaders(nonce, {
    https: config.appUrl.startsWith("https:"),
    // NODE_ENV is not configuration: Next inlines it at build time (dev server or production build).
    development: process.env.NODE_ENV === "development",
    issuerOrigin: originOf(config.sso.okta?.issuer),
  });
  // Next reads the CSP from the request to put the nonce on the scripts it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

// Not /scim/v2: with a proxy in front, Next reads a request's whole body before the route sees it,
// which would defeat readScimBody's 1 MB limit. SCIM answers JSON, with its own headers (scimJson).
export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|scim/v2/).*)" }],
};
