import { cookies } from "next/headers";
import Link from "next/link";
import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { PhoneMenu } from "@/components/admin/phone-menu";
import { SignOutButton } from "@/components/admin/sign-out-button";
import { ThemeToggle } from "@/components/admin/theme-toggle";
import { LogoMark } from "@/components/ui/logo-mark";
import { requireSession } from "@/lib/sessions/require-session";

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const { user } = await requireSession("/admin");
  const theme = (await cookies()).get("theme")?.value;
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:m-2 focus:rounded focus:bg-white focus:p-2 dark:focus:bg-slate-900">
        Skip to content
      </a>
      {/* One row at every width: the full navigation from lg up, a Menu button below it. */}
      <header className="relative border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex max-w-7xl items-center gap-3 px-4 py-3">
          <Link href="/admin" className="mr-1 flex shrink-0 items-center gap-2 font-semibold" aria-label="MCP Gateway Identity, home">
            <LogoMark />
            <span className="hidden xl:inline">MCP Gateway Identity</span>
          </Link>
          <AdminNav isAdmin={user.isAdmin} className="hidden lg:flex" />
          <PhoneMenu isAdmin={user.isAdmin} email={user.email} />
          <div className="ml-auto flex min-w-0 items-center gap-1">
            <ThemeToggle initial={theme === "light" || theme === "dark" ? theme : "system"} />
            <a
              href="/admin/account"
              data-testid="menu-email"
              title={user.email}
              className="hidden max-w-56 truncate px-2 text-sm text-slate-600 hover:underline sm:inline dark:text-slate-400"
            >
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
