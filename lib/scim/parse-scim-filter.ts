import { refuseNul } from "./refuse-nul";
import { ScimError } from "./scim-error";

export interface ScimFilter {
  /** The attribute as the caller wrote it, lower-cased (SCIM attribute names are case-insensitive). */
  attribute: string;
  value: string;
}

// `attr eq "value"`: the one filter form Okta's provisioning client sends (RFC 7644 §3.4.2.2).
const EQ_FILTER = /^\s*([A-Za-z][\w.:-]*)\s+eq\s+"((?:[^"\\]|\\.)*)"\s*$/i;

/** Parses an `eq` filter on one of `supported` attributes; anything else is a 400 invalidFilter. */
export function parseScimFilter(filter: string, supported: readonly string[]): ScimFilter {
  refuseNul(filter, "The filter");
  const match = EQ_FILTER.exec(filter);
  const hint = `supported: ${supported.map((name) => `${name} eq "…"`).join(", ")}`;
  if (!match) throw new ScimError(400, `Unsupported filter '${filter.slice(0, 200)}' (${hint})`, "invalidFilter");
  const attribute = match[1].toLowerCase();
  if (!supported.some((name) => name.toLowerCase() === attribute)) {
    throw new ScimError(400, `Filtering on '${match[1]}' is not supported (${hint})`, "invalidFilter");
  }
  let value: string;
  try {
    value = JSON.parse(`"${match[2]}"`) as string;
  } catch {
    throw new ScimError(400, `The filter value in '${filter.slice(0, 200)}' is not a valid string`, "invalidFilter");
  }
  refuseNul(value, "The filter");
  return { attribute, value };
}
