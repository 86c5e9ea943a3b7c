import type { HTMLAttributes } from "react";
import { cn } from "./cn";

const TONES = {
  success: "border-emerald-200 bg-emerald-50 text-emerald-800 dark:border-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
  error: "border-red-200 bg-red-50 text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200",
  warning: "border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100",
} as const;

/** A boxed message; errors are alerts, everything else a polite status for screen readers. */
export function Callout({ tone, className, ...props }: HTMLAttributes<HTMLDivElement> & { tone: keyof typeof TONES }) {
  return <div role={tone === "error" ? "alert" : "status"} className={cn("rounded-md border p-3 text-sm", TONES[tone], className)} {...props} />;
}

/** The result of the last action (a sealed notice or an error), announced to screen readers. */
export function Notice({ notice, error }: { notice?: string; error?: string }) {
  if (!notice && !error) return null;
  return <Callout tone={error ? "error" : "success"}>{error ?? notice}</Callout>;
}
