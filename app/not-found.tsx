import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-lg px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">The page or record you asked for does not exist (any more).</p>
      <Link href="/admin" className="mt-6 inline-block text-sm font-semibold text-blue-700 underline dark:text-blue-400">
        Back to the dashboard
      </Link>
    </main>
  );
}
