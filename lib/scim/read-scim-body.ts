import { ScimError } from "./scim-error";

const MAX_BODY_BYTES = 1_000_000;

/** The request's JSON object (sent as application/scim+json or application/json), or a 400 SCIM error. */
export async function readScimBody(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) throw new ScimError(413, "The request body is larger than 1 MB");
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ScimError(400, "The request body is not valid JSON", "invalidSyntax");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw new ScimError(400, "The request body must be a JSON object", "invalidSyntax");
  return body as Record<string, unknown>;
}
