import type { HTMLAttributes } from "react";
import { cn } from "./cn";

/** Class names of a card, also for a link that is one (the overview's tiles). */
export function cardClass(className?: string): string {
  return cn("rounded-xl border border-slate-200 bg-white p-4 sm:p-6 dark:border-slate-800 dark:bg-slate-900", className);
}

/** A bordered panel; `as="section"` for a titled part of a page, `as="form"` for a filter bar. */
export function Card({ as: Tag = "div", className, ...props }: HTMLAttributes<HTMLElement> & { as?: "div" | "section" }) {
  return <Tag className={cardClass(className)} {...props} />;
}

export function CardTitle({ className, ...props }: HTMLAttributes<HTMLHeadingElement>) {
  return <h2 className={cn("text-lg font-semibold", className)} {...props} />;
}

/** Secondary text: hints, empty states, footnotes. */
export function Muted({ as: Tag = "p", className, ...props }: HTMLAttributes<HTMLElement> & { as?: "p" | "span" | "div" | "dt" }) {
  return <Tag className={cn("text-sm text-slate-500 dark:text-slate-400", className)} {...props} />;
}
