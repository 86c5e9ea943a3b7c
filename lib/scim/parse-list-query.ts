import { parseScimFilter, type ScimFilter } from "./parse-scim-filter";
import { ScimError } from "./scim-error";

export interface ScimListQuery {
  /** 1-based, as RFC 7644 §3.4.2.4 defines it. */
  startIndex: number;
  count: number;
  filter: ScimFilter | null;
}

const DEFAULT_COUNT = 100;
const MAX_COUNT = 1000;

function integer(params: URLSearchParams, name: string): number | null {
  const raw = params.get(name);
  if (raw === null || raw.trim() === "") return null;
  const value = Number(raw);
  if (!Number.isInteger(value)) throw new ScimError(400, `${name} must be an integer (got '${raw.slice(0, 40)}')`, "invalidValue");
  return value;
}

/** startIndex/count/filter of a list request; out-of-range numbers are clamped as RFC 7644 asks. */
export function parseListQuery(params: URLSearchParams, filterable: readonly string[]): ScimListQuery {
  const filter = params.get("filter");
  return {
    startIndex: Math.max(1, integer(params, "startIndex") ?? 1),
    count: Math.min(MAX_COUNT, Math.max(0, integer(params, "count") ?? DEFAULT_COUNT)),
    filter: filter && filter.trim() ? parseScimFilter(filter, filterable) : null,
  };
}
