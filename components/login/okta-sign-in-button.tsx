"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/notice";

/**
 * Starts the Okta authorization code flow without next-auth/react's signIn(), which reads
 * /auth/sso/providers and breaks on MCP Gateway's array shape: fetch the CSRF token, POST the
 * sign-in, then follow the authorize URL next-auth returns. `autoStart` does so on arrival (a click
 * on the portal's Okta dashboard tile, an MFA step-up); `authorizationParams` go to Okta's authorize
 * request (login_hint pre-fills the Okta sign-in; acr_values and max_age ask for a fresh MFA sign-in).
 */
export function OktaSignInButton({
  callbackUrl,
  autoStart = false,
  authorizationParams = {},
}: {
  callbackUrl: string;
  autoStart?: boolean;
  authorizationParams?: Record<string, string>;
}) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const started = useRef(false);

  async function start() {
    setBusy(true);
    setFailed(null);
    try {
      const { csrfToken } = (await (await fetch("/auth/sso/csrf", { cache: "no-store" })).json()) as { csrfToken: string };
      // next-auth 4 passes the sign-in URL's query parameters on to Okta's authorize request.
      const query = new URLSearchParams(authorizationParams).toString();
      const signIn = query ? `/auth/sso/signin/okta?${query}` : "/auth/sso/signin/okta";
      const response = await fetch(signIn, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ csrfToken, callbackUrl, json: "true" }),
      });
      const { url, detail } = (await response.json()) as { url?: string; detail?: string };
      if (!url) throw new Error(detail);
      window.location.assign(url);
    } catch (error) {
      setBusy(false);
      setFailed((error as Error).message || "The portal could not start the Okta sign-in. Check your connection and try again.");
    }
  }

  useEffect(() => {
    if (!autoStart || started.current) return;
    started.current = true;
    void start();
    // Runs once on arrival; start() reads the props it was rendered with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [autoStart]);

  return (
    <div>
      <Button variant="primary" size="lg" onClick={start} disabled={busy} className="w-full shadow-sm">
        {/* eslint-disable-next-line @next/next/no-img-element -- a 20 px SVG gains nothing from next/image. */}
        <img src="/okta-mark.svg" alt="" width={20} height={20} className="rounded-full bg-white p-px" />
        {busy ? "Redirecting to Okta…" : "Continue with Okta"}
      </Button>
      {failed && (
        <Callout tone="error" className="mt-2">
          {failed}
        </Callout>
      )}
    </div>
  );
}
