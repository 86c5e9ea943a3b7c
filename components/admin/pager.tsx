import Link from "next/link";

const link = "font-medium text-blue-700 hover:underline dark:text-blue-400";

/** Keyset pagination links: back to the first page, or on to the next (there is no page count to jump to). */
export function Pager({ path, params, nextCursor }: { path: string; params: URLSearchParams; nextCursor: string | null }) {
  const first = new URLSearchParams(params);
  first.delete("cursor");
  const next = new URLSearchParams(params);
  if (nextCursor) next.set("cursor", nextCursor);
  if (!params.has("cursor") && !nextCursor) return null;
  return (
    <nav aria-label="Pagination" className="flex gap-3 text-sm">
      {params.has("cursor") && <Link href={`${path}?${first}`} className={link}>First page</Link>}
      {nextCursor && <Link href={`${path}?${next}`} className={link}>Next page</Link>}
    </nav>
  );
}
