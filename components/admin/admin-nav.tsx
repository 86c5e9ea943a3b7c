"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

const ADMIN_LINKS = [
  { href: "/admin", label: "Overview" },
  { href: "/admin/users", label: "Users" },
  { href: "/admin/teams", label: "Teams" },
  { href: "/admin/sessions", label: "Sessions" },
  { href: "/admin/audit", label: "Audit log" },
  { href: "/admin/tokens", label: "API tokens" },
  { href: "/admin/settings", label: "Settings" },
];
const USER_LINKS = [{ href: "/admin", label: "My account" }];

/** Primary navigation; admins see every section, other users only their account. Stacked in the phone menu. */
export function AdminNav({ isAdmin, stacked = false, className }: { isAdmin: boolean; stacked?: boolean; className?: string }) {
  const pathname = usePathname();
  const links = isAdmin ? ADMIN_LINKS : USER_LINKS;
  return (
    <nav aria-label="Main" className={cn(stacked ? "flex flex-col gap-1" : "flex gap-1", className)}>
      {links.map(({ href, label }) => {
        const current = href === "/admin" ? pathname === href : pathname.startsWith(href);
        return (
          <Link
            key={href}
            href={href}
            aria-current={current ? "page" : undefined}
            className={cn(
              "rounded-md px-3 py-1.5 text-sm font-medium whitespace-nowrap",
              stacked && "py-2 text-base",
              current
                ? "bg-slate-900 text-white dark:bg-white dark:text-slate-900"
                : "text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800",
            )}
          >
            {label}
          </Link>
        );
      })}
    </nav>
  );
}
