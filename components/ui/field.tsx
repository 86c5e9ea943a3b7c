import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";
import { cn } from "./cn";

// The focus ring matches the buttons' (focus-visible always applies to a focused text field).
const control =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm font-normal focus-visible:outline-2 focus-visible:-outline-offset-1 focus-visible:outline-blue-600 dark:border-slate-700 dark:bg-slate-950";

/** A label around its control, so the control's accessible name is the label text. */
export function Field({ label, hint, className, children }: { label: ReactNode; hint?: ReactNode; className?: string; children: ReactNode }) {
  return (
    <label className={cn("block text-sm font-medium", className)}>
      {label}
      {hint && <span className="font-normal text-slate-500 dark:text-slate-400"> {hint}</span>}
      {children}
    </label>
  );
}

export function Input({ className, ...props }: InputHTMLAttributes<HTMLInputElement>) {
  return <input className={cn(control, className)} {...props} />;
}

export function Select({ className, ...props }: SelectHTMLAttributes<HTMLSelectElement>) {
  return <select className={cn(control, className)} {...props} />;
}

export function Checkbox({ label, className, ...props }: InputHTMLAttributes<HTMLInputElement> & { label: ReactNode }) {
  return (
    <label className={cn("flex items-center gap-2 text-sm", className)}>
      <input type="checkbox" {...props} />
      {label}
    </label>
  );
}
