import { TextLink } from "@/components/ui/text-link";

/** Keyset pagination links: back to the first page, or on to the next (there is no page count to jump to). */
export function Pager({ path, params, nextCursor }: { path: string; params: URLSearchParams; nextCursor: string | null }) {
  const first = new URLSearchParams(params);
  first.delete("cursor");
  const next = new URLSearchParams(params);
  if (nextCursor) next.set("cursor", nextCursor);
  if (!params.has("cursor") && !nextCursor) return null;
  return (
    <nav aria-label="Pagination" className="flex gap-3 text-sm">
      {params.has("cursor") && <TextLink href={`${path}?${first}`}>First page</TextLink>}
      {nextCursor && <TextLink href={`${path}?${next}`}>Next page</TextLink>}
    </nav>
  );
}
