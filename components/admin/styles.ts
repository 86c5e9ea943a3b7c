// Class names shared by the console's pages, so cards, tables and form fields look alike everywhere.
export const card = "rounded-xl border border-slate-200 bg-white p-4 sm:p-6 dark:border-slate-800 dark:bg-slate-900";
// relative: the sr-only header labels are absolutely positioned and must scroll with the table, not widen the page.
export const tableWrap = "relative overflow-x-auto rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900";
export const table = "min-w-full divide-y divide-slate-200 text-sm dark:divide-slate-800";
export const th = "px-3 py-2 text-left font-medium text-slate-600 dark:text-slate-300";
export const td = "px-3 py-2 align-top";
export const tbody = "divide-y divide-slate-100 dark:divide-slate-800";
export const muted = "text-slate-500 dark:text-slate-400";
export const field = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm font-normal dark:border-slate-700 dark:bg-slate-950";
export const primaryButton = "rounded-md bg-slate-900 px-4 py-1.5 text-sm font-semibold text-white dark:bg-white dark:text-slate-900";
export const textLink = "font-medium text-blue-700 hover:underline dark:text-blue-400";
