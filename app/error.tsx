"use client";

/** Any page that fails to render: a plain explanation and a retry, never a stack trace. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main className="mx-auto max-w-lg px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold">This page couldn&apos;t be loaded</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        The portal hit a problem, for example its database being briefly unavailable. Nothing was changed. Try again in a moment; if it keeps happening, an operator can check <code>/ready</code>.
      </p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-slate-900 px-4 py-2 text-sm font-semibold text-white dark:bg-white dark:text-slate-900">
        Try again
      </button>
    </main>
  );
}
