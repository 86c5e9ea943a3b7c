import type { ScimListQuery } from "./parse-list-query";
import { SCIM } from "./scim-schemas";

/** An RFC 7644 ListResponse; the three numbers are JSON integers, as Okta requires. */
export function toListResponse(resources: unknown[], totalResults: number, query: ScimListQuery) {
  return { schemas: [SCIM.listResponse], totalResults, startIndex: query.startIndex, itemsPerPage: resources.length, Resources: resources };
}
