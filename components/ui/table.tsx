import type { HTMLAttributes, ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";
import { cn } from "./cn";

/**
 * A horizontally scrollable table box that keyboard users can focus and scroll (WCAG
 * scrollable-region-focusable). relative: the sr-only header labels are absolutely positioned and
 * must scroll with the table, not widen the page.
 */
export function Table({ label, caption, children, className }: { label: string; caption?: ReactNode; children: ReactNode; className?: string }) {
  return (
    <div
      className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-800 dark:bg-slate-900"
      tabIndex={0}
      role="region"
      aria-label={label}
    >
      <table className={cn("min-w-full divide-y divide-slate-200 text-sm dark:divide-slate-800", className)}>
        {caption && <caption className="sr-only">{caption}</caption>}
        {children}
      </table>
    </div>
  );
}

export function TBody({ className, ...props }: HTMLAttributes<HTMLTableSectionElement>) {
  return <tbody className={cn("divide-y divide-slate-100 dark:divide-slate-800", className)} {...props} />;
}

export function Th({ className, scope = "col", ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope={scope} className={cn("px-3 py-2 text-left font-medium text-slate-600 dark:text-slate-300", className)} {...props} />;
}

/** The header of a row-actions column: named for screen readers, blank on screen. */
export function ActionsTh() {
  return (
    <Th>
      <span className="sr-only">Actions</span>
    </Th>
  );
}

export function Td({ className, ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={cn("px-3 py-2 align-top", className)} {...props} />;
}

/** The one row an empty table shows. */
export function EmptyRow({ colSpan, children }: { colSpan: number; children: ReactNode }) {
  return (
    <tr>
      <td colSpan={colSpan} className="px-3 py-6 text-center text-slate-500 dark:text-slate-400">
        {children}
      </td>
    </tr>
  );
}
