import type { NextRequest } from "next/server";
import { ZodError } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getConfig } from "@/lib/config/get-config";
import { PrismaClientKnownRequestError } from "@/lib/db/generated/internal/prismaNamespace";
import { log } from "@/lib/log/logger";
import { describeRequest } from "@/lib/request/describe-request";
import { observeHttpRequest } from "@/lib/metrics/observe-http-request";
import { runWithRequestContext } from "@/lib/request/request-context";
import { authenticateToken } from "@/lib/tokens/authenticate-token";
import type { Actor } from "@/lib/users/actor";
import { ScimError } from "./scim-error";
import { scimJson } from "./scim-json";
import { SCIM } from "./scim-schemas";

/** The SCIM client behind a request: the token it used, and how it appears in the audit log. */
export interface ScimCaller {
  tokenId: string;
  tokenName: string;
  actor: Actor;
  /** Absolute URL of /scim/v2, for `meta.location`. */
  baseUrl: string;
}

type Handler<Params> = (args: { request: NextRequest; caller: ScimCaller; params: Params }) => Promise<Response>;

/**
 * The one wrapper every /scim/v2 route goes through: authenticates the SCIM Bearer token, answers
 * every failure as an RFC 7644 Error body (never a stack trace, never a 500 for bad input), and
 * audits each operation with the token that made it.
 */
export function scimRoute<Params = Record<string, never>>(handler: Handler<Params>) {
  return async (request: NextRequest, context: { params: Promise<Params> }): Promise<Response> =>
    runWithRequestContext(describeRequest(request.headers), () => observeHttpRequest(request, context.params, async () => {
      const operation = { method: request.method, path: request.nextUrl.pathname.slice(0, 300) };
      const token = await authenticate(request.headers.get("authorization"));
      if (!token) {
        await recordAuditEvent({ type: "scim.request", outcome: "failure", reason: "invalid_token", details: operation });
        return errorResponse(new ScimError(401, "A valid SCIM Bearer token is required (create one in Settings or with npm run token:create -- --scim --name okta)"), { "WWW-Authenticate": 'Bearer realm="scim"' });
      }
      const caller: ScimCaller = { ...token, actor: { email: `scim:${token.tokenName}` }, baseUrl: `${getConfig().appUrl}/scim/v2` };
      let response: Response;
      try {
        response = await handler({ request, caller, params: await context.params });
      } catch (error) {
        response = errorResponse(error);
      }
      await recordAuditEvent({
        type: "scim.request",
        outcome: response.status < 400 ? "success" : "failure",
        actor: caller.actor,
        details: { ...operation, status: response.status, tokenId: caller.tokenId, tokenName: caller.tokenName },
      });
      return response;
    }));
}

async function authenticate(header: string | null): Promise<{ tokenId: string; tokenName: string } | null> {
  const [scheme, secret, ...rest] = (header ?? "").trim().split(/\s+/);
  if (scheme?.toLowerCase() !== "bearer" || !secret || rest.length > 0 || secret.length > 512) return null;
  const token = await authenticateToken(secret, "scim");
  return token && { tokenId: token.tokenId, tokenName: token.name };
}

function errorResponse(error: unknown, headers: Record<string, string> = {}): Response {
  const scim = toScimError(error);
  const body = { schemas: [SCIM.error], detail: scim.detail, status: String(scim.status), ...(scim.scimType ? { scimType: scim.scimType } : {}) };
  return scimJson(body, scim.status, headers);
}

function toScimError(error: unknown): ScimError {
  if (error instanceof ScimError) return error;
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    if (issue.code === "unrecognized_keys") return new ScimError(400, `Unknown attribute '${[...issue.path, issue.keys[0]].join(".")}'`, "invalidSyntax");
    return new ScimError(400, `Invalid value for '${issue.path.join(".") || "body"}': ${issue.message}`, "invalidValue");
  }
  // A concurrent request won the race for a unique value, or removed the row being changed.
  if (error instanceof PrismaClientKnownRequestError && error.code === "P2002") return new ScimError(409, "A resource with that unique value already exists", "uniqueness");
  if (error instanceof PrismaClientKnownRequestError && error.code === "P2025") return new ScimError(404, "Resource not found");
  log.error("scim.unhandled", { message: (error as Error)?.message });
  return new ScimError(500, "Internal server error");
}
