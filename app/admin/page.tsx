import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignOutButton } from "@/components/admin/sign-out-button";
import { getCurrentSession } from "@/lib/sessions/get-current-session";

export const metadata: Metadata = { title: "Dashboard" };

export default async function AdminPage() {
  const session = await getCurrentSession();
  if (!session) redirect("/admin/login?callbackUrl=/admin");
  const { user } = session;

  return (
    <main className="mx-auto max-w-3xl px-4 py-10">
      <header className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">Dashboard</h1>
        <SignOutButton />
      </header>
      <section aria-labelledby="you" className="mt-8 rounded-xl border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900">
        <h2 id="you" className="text-lg font-medium">Signed in</h2>
        <dl className="mt-4 grid grid-cols-[8rem_1fr] gap-y-2 text-sm">
          <dt className="text-slate-500 dark:text-slate-400">Email</dt>
          <dd data-testid="user-email">{user.email}</dd>
          <dt className="text-slate-500 dark:text-slate-400">Name</dt>
          <dd data-testid="user-name">{user.name ?? "—"}</dd>
          <dt className="text-slate-500 dark:text-slate-400">Role</dt>
          <dd>{user.isAdmin ? "Portal admin" : "User"}</dd>
          <dt className="text-slate-500 dark:text-slate-400">Okta groups</dt>
          <dd data-testid="user-groups">{user.groups.length ? user.groups.join(", ") : "None"}</dd>
        </dl>
      </section>
    </main>
  );
}
