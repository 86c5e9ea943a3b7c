import type { NextRequest } from "next/server";
import { getConfig } from "@/lib/config/get-config";
import { DomainError } from "@/lib/errors/domain-error";
import { describeRequest } from "@/lib/request/describe-request";
import { isSameOrigin } from "@/lib/request/is-same-origin";
import { observeHttpRequest } from "@/lib/metrics/observe-http-request";
import { requestContext, runWithRequestContext, setRequestUser } from "@/lib/request/request-context";
import { log } from "@/lib/log/logger";
import { refuseNul } from "@/lib/validation/refuse-nul";
import type { CallerOf, Principal } from "./authenticate-caller";
import { describeError } from "./error-table";
import { readBody } from "./read-body";
import type { RouteOptions } from "./route-options";
import { speakError } from "./speak-error";

export interface RouteArgs<Options extends RouteOptions, Params> {
  request: NextRequest;
  params: Params;
  caller: CallerOf<Options["auth"]>;
  /** The body as text, refused (413) beyond the route's maxBodyBytes while it is read. */
  readText: () => Promise<string>;
}

type Handler<Options extends RouteOptions, Params> = (args: RouteArgs<Options, Params>) => Promise<Response>;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

// Loaded on first use: public routes (/health, /ready, /auth/sso/providers) then never load the
// database client or the rate-limit store, and stay fast to answer right after a start.
const callers = () => import("./authenticate-caller");
const limits = () => import("@/lib/security/check-rate-limit");
const audit = () => import("@/lib/audit/record-audit-event");
const DEFAULT_MAX_BODY_BYTES = 16 * 1024;

/**
 * The one wrapper every route handler goes through. In order: request context (client address and
 * request id from describeRequest), NUL-free query string, per-address rate limit, authentication,
 * role, per-caller rate limit, same-origin check for writes made with a session, then the handler;
 * any failure on the way is answered through the one error table in the route's dialect.
 */
export function route<const Options extends RouteOptions, Params = Record<string, never>>(options: Options, handler: Handler<Options, Params>) {
  return async (request: NextRequest, context: { params: Promise<Params> }): Promise<Response> =>
    runWithRequestContext(describeRequest(request.headers), () =>
      observeHttpRequest(request, context.params, async () => {
        const dialect = typeof options.errors === "function" ? options.errors(request) : options.errors;
        let caller: CallerOf<Options["auth"]> | undefined;
        let response: Response;
        try {
          refuseNul(request.nextUrl.searchParams);
          if (options.rateLimit?.by === "address") await (await limits()).checkRateLimit(options.rateLimit.limit, requestContext()?.ip ?? "unknown");
          caller = (options.auth === "anyone" ? null : await (await callers()).authenticateCaller(options.auth, request)) as CallerOf<Options["auth"]>;
          const principal = caller && "user" in caller ? (caller as Principal) : null;
          if (principal) setRequestUser(principal.user.id);
          if (principal && (options.role ?? "admin") === "admin" && !principal.user.isAdmin)
            throw new DomainError("forbidden", "This endpoint is for portal admins only");
          if (principal && options.rateLimit?.by === "caller")
            await (await limits()).checkRateLimit(options.rateLimit.limit, principal.tokenId ?? principal.user.id);
          const sessionWrite = principal?.via === "session" || options.sameOrigin;
          if (sessionWrite && !SAFE_METHODS.has(request.method) && !isSameOrigin(request.headers, getConfig().appUrl))
            throw new DomainError("forbidden", "Cross-site request refused");
          const readText = () => readBody(request, options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
          response = await handler({ request, params: await context.params, caller: caller as CallerOf<Options["auth"]>, readText });
        } catch (error) {
          response = speakError(dialect, describeError(error, dialect === "scim" ? "attribute" : "parameter"), challenge(options, request, error));
        }
        if (options.auditScimRequests && caller) await auditScimRequest(request, caller as CallerOf<"scimToken">, response.status);
        return response;
      }),
    );
}

// RFC 6750: a 401 says which scheme to use, and why the one sent failed.
function challenge(options: RouteOptions, request: Request, error: unknown): Record<string, string> {
  if (!(error instanceof DomainError) || error.kind !== "unauthenticated" || options.auth === "anyone" || options.auth === "session") return {};
  if (options.auth === "scimToken") return { "WWW-Authenticate": 'Bearer realm="scim"' };
  return { "WWW-Authenticate": request.headers.has("authorization") ? 'Bearer error="invalid_token"' : "Bearer" };
}

// The answer stands even when its audit row can't be written (the database went away meanwhile).
async function auditScimRequest(request: NextRequest, caller: CallerOf<"scimToken">, status: number) {
  const { recordAuditEvent } = await audit();
  await recordAuditEvent({
    type: "scim.request",
    outcome: status < 400 ? "success" : "failure",
    actor: caller.actor,
    details: { method: request.method, path: request.nextUrl.pathname.slice(0, 300), status, tokenId: caller.tokenId, tokenName: caller.tokenName },
  }).catch((error: unknown) => log.error("scim.audit_failed", { status, message: (error as Error)?.message }));
}
