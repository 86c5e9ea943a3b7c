/**
 * The route a request matched, as Next names it (`/scim/v2/Users/[id]`), from its path and params:
 * metrics label requests by pattern, never by raw path, so their number stays bounded. Dynamic
 * segments come last in every portal route, so they are matched from the end of the path.
 */
export function routePattern(pathname: string, params: Record<string, string | string[] | undefined> = {}): string {
  const segments = pathname.split("/");
  for (const [name, value] of Object.entries(params).reverse()) {
    if (value === undefined) continue;
    const values = Array.isArray(value) ? value : [value];
    const tail = segments.slice(segments.length - values.length);
    if (!tail.every((segment, index) => safeDecode(segment) === values[index])) return "unmatched";
    segments.splice(segments.length - values.length, values.length, Array.isArray(value) ? `[...${name}]` : `[${name}]`);
  }
  return segments.join("/") || "/";
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
