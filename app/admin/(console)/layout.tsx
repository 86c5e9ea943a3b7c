import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { SignOutButton } from "@/components/admin/sign-out-button";
import { ThemeToggle } from "@/components/admin/theme-toggle";
import { requireSession } from "@/lib/sessions/require-session";

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const { user } = await requireSession("/admin");
  const theme = (await cookies()).get("theme")?.value;
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:m-2 focus:rounded focus:bg-white focus:p-2 dark:focus:bg-slate-900">
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3 px-4 py-3">
          <span className="mr-2 font-semibold">MCP Gateway Identity</span>
          <AdminNav isAdmin={user.isAdmin} />
          <div className="ml-auto flex items-center gap-2">
            <ThemeToggle initial={theme === "light" || theme === "dark" ? theme : "system"} />
            <a href="/admin/account" data-testid="menu-email" className="hidden text-sm text-slate-600 hover:underline sm:inline dark:text-slate-400">
              {user.email}
            </a>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </div>
  );
}
