import { ApiError } from "./api-error";

/** The JSON `{"detail": …}` answer for an ApiError (status and headers such as Retry-After included). */
export function jsonError(error: ApiError): Response {
  return Response.json({ detail: error.detail }, { status: error.status, headers: error.headers });
}
