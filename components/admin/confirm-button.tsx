"use client";

import { useState } from "react";

/**
 * A submit button that asks once more before a consequential action: the first click arms it,
 * the second submits. No modal dialog, so it is keyboard- and screen-reader-friendly.
 */
export function ConfirmButton({ label, confirmLabel, danger = false }: { label: string; confirmLabel: string; danger?: boolean }) {
  const [armed, setArmed] = useState(false);
  const tone = danger ? "border-red-300 text-red-700 hover:bg-red-50 dark:border-red-800 dark:text-red-300 dark:hover:bg-red-950" : "border-slate-300 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800";
  return armed ? (
    <span className="inline-flex gap-1">
      <button type="submit" className={`rounded-md border px-2.5 py-1 text-sm font-semibold ${tone}`}>
        {confirmLabel}
      </button>
      <button type="button" onClick={() => setArmed(false)} className="rounded-md px-2.5 py-1 text-sm hover:bg-slate-100 dark:hover:bg-slate-800">
        Cancel
      </button>
    </span>
  ) : (
    <>
      {/* A disabled default button: Enter in one of the form's fields must not skip the confirmation. */}
      <button type="submit" disabled hidden aria-hidden="true" tabIndex={-1} />
      <button type="button" onClick={() => setArmed(true)} className={`rounded-md border px-2.5 py-1 text-sm ${tone}`}>
        {label}
      </button>
    </>
  );
}
