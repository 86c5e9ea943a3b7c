import type { NextRequest } from "next/server";
import { ZodError } from "zod";
import { getConfig } from "@/lib/config/get-config";
import { isDatabaseUnavailable } from "@/lib/db/is-database-unavailable";
import { log } from "@/lib/log/logger";
import { describeRequest } from "@/lib/request/describe-request";
import { isSameOrigin } from "@/lib/request/is-same-origin";
import { observeHttpRequest } from "@/lib/metrics/observe-http-request";
import { runWithRequestContext, setRequestUser } from "@/lib/request/request-context";
import { checkRateLimit } from "@/lib/security/check-rate-limit";
import { getCurrentSession } from "@/lib/sessions/get-current-session";
import { authenticateToken } from "@/lib/tokens/authenticate-token";
import { ApiError } from "./api-error";
import { jsonError } from "./json-error";

export interface Principal {
  user: { id: string; email: string; name: string | null; isAdmin: boolean };
  via: "session" | "token";
  tokenId?: string;
}

type Handler<Params> = (args: { request: NextRequest; principal: Principal; params: Params }) => Promise<Response>;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const BEARER = "Bearer";

/**
 * The one wrapper every admin API route goes through: authenticates by Bearer API token or
 * session cookie, rate-limits per token or user, requires the role, refuses cross-site writes made with a session, and answers
 * every failure as JSON `{"detail": …}` (never a stack trace).
 */
export function apiRoute<Params = Record<string, never>>(role: "admin" | "user", handler: Handler<Params>) {
  return async (request: NextRequest, context: { params: Promise<Params> }): Promise<Response> =>
    runWithRequestContext(describeRequest(request.headers), () => observeHttpRequest(request, context.params, async () => {
      try {
        const principal = await authenticate(request);
        setRequestUser(principal.user.id);
        checkRateLimit(`api:${principal.tokenId ?? principal.user.id}`, getConfig().rateLimits.api);
        if (role === "admin" && !principal.user.isAdmin) throw new ApiError(403, "This endpoint is for portal admins only");
        if (principal.via === "session" && !SAFE_METHODS.has(request.method) && !isSameOrigin(request.headers, getConfig().appUrl)) {
          throw new ApiError(403, "Cross-site request refused");
        }
        return await handler({ request, principal, params: await context.params });
      } catch (error) {
        return errorResponse(error);
      }
    }));
}

async function authenticate(request: NextRequest): Promise<Principal> {
  const header = request.headers.get("authorization");
  if (header !== null) {
    const [scheme, secret, ...rest] = header.trim().split(/\s+/);
    if (scheme?.toLowerCase() !== BEARER.toLowerCase() || !secret || rest.length > 0) {
      throw new ApiError(401, "The Authorization header must be 'Bearer <token>'", { "WWW-Authenticate": `${BEARER} error="invalid_request"` });
    }
    const token = secret.length <= 512 ? await authenticateToken(secret, "api") : null;
    if (!token?.user) throw new ApiError(401, "Invalid, expired or revoked token", { "WWW-Authenticate": `${BEARER} error="invalid_token"` });
    return { user: token.user, via: "token", tokenId: token.tokenId };
  }
  const session = await getCurrentSession();
  if (!session) throw new ApiError(401, "Not authenticated: send 'Authorization: Bearer <token>' or sign in", { "WWW-Authenticate": BEARER });
  return { user: session.user, via: "session" };
}

function errorResponse(error: unknown): Response {
  if (error instanceof ApiError) return jsonError(error);
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    if (issue.code === "unrecognized_keys") return Response.json({ detail: `Unknown parameter '${issue.keys[0]}'` }, { status: 400 });
    const name = issue.path.join(".") || "request";
    return Response.json({ detail: `Invalid parameter '${name}': ${issue.message}` }, { status: 400 });
  }
  if (isDatabaseUnavailable(error)) {
    log.error("api.database_unavailable", { message: (error as Error)?.message });
    return Response.json({ detail: "The portal's database is unavailable; try again in a moment" }, { status: 503, headers: { "Retry-After": "5" } });
  }
  log.error("api.unhandled", { message: (error as Error)?.message });
  return Response.json({ detail: "Internal server error" }, { status: 500 });
}
