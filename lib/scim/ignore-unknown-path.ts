import { log } from "@/lib/log/logger";
import { ScimError } from "./scim-error";

// A well-formed attribute path (RFC 7644 §3.10: attr, attr.sub, attr[filter].sub) or an extension URN.
const ATTRIBUTE_PATH = /^(urn:\S+|[a-z][\w$-]*(\[[^\]]*\])?(\.[a-z][\w$-]*)?)$/i;

/**
 * A PATCH path naming an attribute the portal doesn't store: ignored as RFC 7643 allows (logged at
 * debug level unless its root attribute is in `quiet`, lower-cased); a malformed path is a 400.
 */
export function ignoreUnknownPath(where: string, path: string, quiet: readonly string[] = []): void {
  if (!ATTRIBUTE_PATH.test(path)) throw new ScimError(400, `Malformed attribute path '${path.slice(0, 100)}'`, "invalidPath");
  if (!quiet.includes(path.toLowerCase().split(/[.[]/)[0])) log.debug("scim.attributes_ignored", { where, attributes: [path.slice(0, 100)] });
}
