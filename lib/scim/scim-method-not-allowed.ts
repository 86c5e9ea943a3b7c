import { ScimError } from "./scim-error";

/** A handler for methods an endpoint doesn't support: a SCIM 405 Error instead of Next's empty 405. */
export function scimMethodNotAllowed(allowed: string) {
  return async ({ request }: { request: Request }): Promise<never> => {
    throw new ScimError(405, `${request.method} is not supported on ${new URL(request.url).pathname} (allowed: ${allowed})`);
  };
}
