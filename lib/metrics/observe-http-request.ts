import { log } from "@/lib/log/logger";
import { describeRequest } from "@/lib/request/describe-request";
import { requestContext } from "@/lib/request/request-context";
import { portalMetrics } from "./portal-metrics";
import { routePattern } from "./route-pattern";

const SCIM_RESOURCES = new Set(["Users", "Groups", "ServiceProviderConfig", "Schemas", "ResourceTypes"]);

type Params = Record<string, string | string[] | undefined>;

/**
 * Runs a route handler and records it: portal_http_requests_total and its duration by route
 * pattern, portal_scim_requests_total for /scim/v2, and one `http.request` log line with the
 * route, status, duration, request id and (when the handler set it) user id.
 * Call it once per request, in the route wrapper.
 */
export async function observeHttpRequest(request: Request, params: unknown, handle: () => Promise<Response>): Promise<Response> {
  const startedAt = performance.now();
  let status = 500;
  try {
    const response = await handle();
    status = response.status;
    return response;
  } finally {
    const seconds = (performance.now() - startedAt) / 1000;
    // Next's route params (possibly a promise): the values that fill the pattern's dynamic segments.
    const values = (await Promise.resolve(params).catch(() => undefined)) as Params | undefined;
    const route = routePattern(new URL(request.url).pathname, values);
    const metrics = portalMetrics();
    metrics.httpRequests.inc({ route, method: request.method, status: String(status) });
    metrics.httpRequestDuration.observe({ route, method: request.method }, seconds);
    if (route.startsWith("/scim/v2/")) {
      const resource = route.split("/")[3];
      metrics.scimRequests.inc({ method: request.method, resource: SCIM_RESOURCES.has(resource) ? resource : "other", status: String(status) });
    }
    // Outside a wrapper's request context (the SSO route), the request's own headers say who and which.
    const { requestId, ip } = requestContext() ?? describeRequest(request.headers);
    log.info("http.request", {
      requestId: requestId ?? undefined,
      ip: ip ?? undefined,
      method: request.method,
      route,
      status,
      durationMs: Math.round(seconds * 1000),
    });
  }
}
