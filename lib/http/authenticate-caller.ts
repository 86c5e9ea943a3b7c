import { recordTokenRejection } from "@/lib/audit/record-token-rejection";
import { getConfig } from "@/lib/config/get-config";
import { DomainError } from "@/lib/errors/domain-error";
import { requestContext } from "@/lib/request/request-context";
import { checkRateLimit } from "@/lib/security/check-rate-limit";
import { getCurrentSession } from "@/lib/sessions/get-current-session";
import { authenticateToken } from "@/lib/tokens/authenticate-token";
import type { Actor } from "@/lib/users/actor";
import { parseBearer } from "./parse-bearer";
import type { RouteAuth } from "./route-options";

/** A signed-in person calling by session or API token. */
export interface Principal {
  user: { id: string; email: string; name: string | null; isAdmin: boolean };
  via: "session" | "token";
  tokenId?: string;
}

/** The SCIM client behind a request: the token it used, and how it appears in the audit log. */
export interface ScimCaller {
  tokenId: string;
  tokenName: string;
  actor: Actor;
  /** Absolute URL of /scim/v2, for `meta.location`. */
  baseUrl: string;
}

export type CallerOf<Auth extends RouteAuth> = Auth extends "anyone" ? null : Auth extends "scimToken" ? ScimCaller : Principal;

const addressKey = () => requestContext()?.ip ?? "unknown";

/**
 * Who is calling, as the route's `auth` option demands, or an "unauthenticated" error. Bearer
 * failures are counted per client address: an address over the limit is refused before its token is
 * even looked up, and each minute's rejections from one address share one audit row.
 */
export async function authenticateCaller(auth: RouteAuth, request: Request): Promise<Principal | ScimCaller | null> {
  if (auth === "anyone") return null;
  const header = request.headers.get("authorization");
  if (auth === "session" || (auth === "apiTokenOrSession" && header === null)) {
    const session = await getCurrentSession();
    if (session) return { user: session.user, via: "session" };
    if (auth === "session") throw new DomainError("unauthenticated", "Not signed in");
    return reject(request, "api", "Not authenticated: send 'Authorization: Bearer <token>' or sign in");
  }
  const kind = auth === "scimToken" ? "scim" : "api";
  await checkRateLimit("tokenFailure", addressKey(), 0);
  const secret = parseBearer(header);
  const token = typeof secret === "string" && secret !== "malformed" ? await authenticateToken(secret, kind) : null;
  if (kind === "scim" && token)
    return { tokenId: token.tokenId, tokenName: token.name, actor: { email: `scim:${token.name}` }, baseUrl: `${getConfig().appUrl}/scim/v2` };
  if (kind === "api" && token?.user) return { user: token.user, via: "token", tokenId: token.tokenId };
  if (kind === "scim")
    return reject(request, kind, "A valid SCIM Bearer token is required (create one in Settings or with npm run token:create -- --scim --name okta)");
  return reject(request, kind, secret === "malformed" ? "The Authorization header must be 'Bearer <token>'" : "Invalid, expired or revoked token");
}

async function reject(request: Request, via: "api" | "scim", detail: string): Promise<never> {
  const { consumed, windowStartedAt } = await checkRateLimit("tokenFailure", addressKey());
  await recordTokenRejection(consumed, windowStartedAt, { via, method: request.method, path: new URL(request.url).pathname.slice(0, 300) });
  throw new DomainError("unauthenticated", detail);
}
