import type { ReactNode } from "react";
import { tableWrap } from "./styles";

/** A horizontally scrollable table box that keyboard users can focus and scroll (WCAG scrollable-region-focusable). */
export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className={`${tableWrap} focus-visible:outline-2 focus-visible:outline-blue-600`} tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
