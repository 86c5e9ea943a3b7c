import { ScimError } from "./scim-error";
import { scimRoute } from "./scim-route";

/** A route handler for methods an endpoint doesn't support: a SCIM 405 Error instead of Next's empty 405. */
export function scimMethodNotAllowed<Params = Record<string, never>>(allowed: string) {
  return scimRoute<Params>(async ({ request }) => {
    throw new ScimError(405, `${request.method} is not supported on ${request.nextUrl.pathname} (allowed: ${allowed})`);
  });
}
