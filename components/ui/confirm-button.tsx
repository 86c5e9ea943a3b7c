"use client";

import { useState } from "react";
import { Button } from "./button";

/**
 * A submit button that asks once more before a consequential action: the first click arms it,
 * the second submits. No modal dialog, so it is keyboard- and screen-reader-friendly.
 */
export function ConfirmButton({ label, confirmLabel, danger = false }: { label: string; confirmLabel: string; danger?: boolean }) {
  const [armed, setArmed] = useState(false);
  const variant = danger ? "danger" : "secondary";
  return armed ? (
    <span className="inline-flex gap-1">
      <Button type="submit" variant={variant} className="px-2.5 py-1 font-semibold">
        {confirmLabel}
      </Button>
      <Button variant="ghost" onClick={() => setArmed(false)} className="px-2.5 py-1 font-normal">
        Cancel
      </Button>
    </span>
  ) : (
    <>
      {/* A disabled default button: Enter in one of the form's fields must not skip the confirmation. */}
      <button type="submit" disabled hidden aria-hidden="true" tabIndex={-1} />
      <Button variant={variant} onClick={() => setArmed(true)} className="px-2.5 py-1 font-normal">
        {label}
      </Button>
    </>
  );
}
