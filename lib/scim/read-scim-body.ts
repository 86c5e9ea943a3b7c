import { refuseNul } from "./refuse-nul";
import { ScimError } from "./scim-error";

const MAX_BODY_BYTES = 1_000_000;
// RFC 7644 §3.1 names application/scim+json; Okta's own tests send application/json.
const MEDIA_TYPES = ["application/scim+json", "application/json"];

/**
 * The request's JSON object, read as a stream that stops at 1 MB (a larger body is never held in
 * memory), or a SCIM error: 415 for another media type, 413 past the limit, 400 for anything that
 * isn't a JSON object or holds a NUL character.
 */
export async function readScimBody(request: Request): Promise<Record<string, unknown>> {
  const mediaType = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (!MEDIA_TYPES.includes(mediaType)) {
    throw new ScimError(
      415,
      `Send the body as application/scim+json or application/json (got ${mediaType ? `'${mediaType.slice(0, 100)}'` : "no Content-Type"})`,
    );
  }
  let body: unknown;
  try {
    body = JSON.parse(await readText(request));
  } catch (error) {
    if (error instanceof ScimError) throw error;
    throw new ScimError(400, "The request body is not valid JSON in UTF-8", "invalidSyntax");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw new ScimError(400, "The request body must be a JSON object", "invalidSyntax");
  refuseNul(body, "The request body");
  return body as Record<string, unknown>;
}

async function readText(request: Request): Promise<string> {
  const tooLarge = new ScimError(413, "The request body is larger than 1 MB");
  if (Number(request.headers.get("content-length")) > MAX_BODY_BYTES) throw tooLarge;
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      // Stop reading: the rest of the body is discarded, never buffered.
      reader.cancel().catch(() => {});
      throw tooLarge;
    }
    chunks.push(value);
  }
  // fatal: bytes that aren't UTF-8 are a bad body (400), not silently replaced characters.
  return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
}
