import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-lg px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold">Admins only</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">This page is for portal admins. Your own account is on the dashboard.</p>
      <Link href="/admin" className="mt-6 inline-block rounded-md bg-slate-900 px-4 py-2 text-sm font-semibold text-white dark:bg-white dark:text-slate-900">
        Go to your account
      </Link>
    </main>
  );
}
