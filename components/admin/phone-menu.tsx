"use client";

import { usePathname } from "next/navigation";
import { useState } from "react";
import { AdminNav } from "./admin-nav";

/** Below the desktop breakpoint the navigation folds behind a Menu button instead of running off the screen. */
export function PhoneMenu({ isAdmin, email }: { isAdmin: boolean; email: string }) {
  const pathname = usePathname();
  // Open for the page it was opened on: following a link closes it, so the new page is not hidden under it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  return (
    <div className="lg:hidden">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="phone-menu"
        onClick={() => setOpenOn(open ? null : pathname)}
        className="inline-flex items-center gap-2 rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          {open ? <path d="M5 5l10 10M15 5L5 15" /> : <path d="M3 5h14M3 10h14M3 15h14" />}
        </svg>
        Menu
      </button>
      {open && (
        <div
          id="phone-menu"
          className="absolute inset-x-0 top-full z-20 border-b border-slate-200 bg-white px-4 py-3 shadow-lg dark:border-slate-800 dark:bg-slate-900"
        >
          <AdminNav isAdmin={isAdmin} stacked />
          <a
            href="/admin/account"
            className="mt-2 block truncate border-t border-slate-200 px-3 pt-3 text-sm text-slate-600 hover:underline dark:border-slate-800 dark:text-slate-400"
          >
            {email}
          </a>
        </div>
      )}
    </div>
  );
}
