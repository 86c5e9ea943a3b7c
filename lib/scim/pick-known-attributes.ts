import { log } from "@/lib/log/logger";

/**
 * The attributes of a SCIM object the portal understands, under their canonical names (attribute
 * names are case-insensitive, RFC 7643 §2.1). Anything else, extension schemas included, is
 * ignored as RFC 7643 allows, so an attribute Okta adds to its profile doesn't break provisioning;
 * it is logged at debug level unless it is one the portal knowingly leaves aside (`quiet`).
 */
export function pickKnownAttributes(
  where: string,
  body: Record<string, unknown>,
  known: readonly string[],
  quiet: readonly string[] = [],
): Record<string, unknown> {
  const canonical = new Map(known.map((name) => [name.toLowerCase(), name]));
  const picked: Record<string, unknown> = {};
  const ignored: string[] = [];
  for (const [key, value] of Object.entries(body)) {
    const name = canonical.get(key.toLowerCase());
    if (name) picked[name] = value;
    else if (!quiet.includes(key.toLowerCase())) ignored.push(key.slice(0, 100));
  }
  if (ignored.length > 0) log.debug("scim.attributes_ignored", { where, attributes: ignored.slice(0, 20) });
  return picked;
}
