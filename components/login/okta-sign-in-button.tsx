"use client";

import { useState } from "react";

/**
 * Starts the Okta authorization code flow without next-auth/react's signIn(), which reads
 * /auth/sso/providers and breaks on MCP Gateway's array shape: fetch the CSRF token, POST the
 * sign-in, then follow the authorize URL next-auth returns.
 */
export function OktaSignInButton({ callbackUrl }: { callbackUrl: string }) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);

  async function start() {
    setBusy(true);
    setFailed(null);
    try {
      const { csrfToken } = (await (await fetch("/auth/sso/csrf", { cache: "no-store" })).json()) as { csrfToken: string };
      const response = await fetch("/auth/sso/signin/okta", {
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

  return (
    <div>
      <button
        type="button"
        onClick={start}
        disabled={busy}
        className="flex w-full items-center justify-center gap-2 rounded-md bg-slate-900 px-4 py-2.5 text-sm font-semibold text-white shadow-sm hover:bg-slate-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 disabled:opacity-60 dark:bg-white dark:text-slate-900 dark:hover:bg-slate-200"
      >
        {/* eslint-disable-next-line @next/next/no-img-element -- a 20 px SVG gains nothing from next/image. */}
        <img src="/okta-mark.svg" alt="" width={20} height={20} className="rounded-full bg-white p-px" />
        {busy ? "Redirecting to Okta…" : "Continue with Okta"}
      </button>
      {failed && (
        <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-400">
          {failed}
        </p>
      )}
    </div>
  );
}
