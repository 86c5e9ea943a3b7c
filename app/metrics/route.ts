import { getConfig } from "@/lib/config/get-config";
import { route } from "@/lib/http/route";
import { PUBLIC } from "@/lib/http/route-options";
import { authorizeMetricsRequest } from "@/lib/metrics/authorize-metrics-request";
import { portalMetrics } from "@/lib/metrics/portal-metrics";
import { describeRequest } from "@/lib/request/describe-request";

export const dynamic = "force-dynamic";

/** Prometheus text for scrapers: Bearer METRICS_TOKEN, or loopback only when no token is set. */
export const GET = route(PUBLIC, async ({ request }) => {
  const access = authorizeMetricsRequest(request.headers.get("authorization"), describeRequest(request.headers).ip, getConfig().metricsToken);
  if (access === "unauthenticated") {
    return Response.json(
      { detail: "Send 'Authorization: Bearer <METRICS_TOKEN>' to read metrics" },
      { status: 401, headers: { "WWW-Authenticate": 'Bearer realm="metrics"' } },
    );
  }
  if (access === "forbidden") {
    return Response.json({ detail: "Metrics are served to this machine only; set METRICS_TOKEN to scrape from elsewhere" }, { status: 403 });
  }
  const { registry } = portalMetrics();
  return new Response(await registry.metrics(), { headers: { "Content-Type": registry.contentType, "Cache-Control": "no-store" } });
});
