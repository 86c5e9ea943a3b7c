import { checkReadiness } from "@/lib/boot/check-readiness";
import { route } from "@/lib/http/route";
import { PUBLIC } from "@/lib/http/route-options";

export const dynamic = "force-dynamic";

export const GET = route(PUBLIC, async () => {
  const { ready, checks } = await checkReadiness();
  return Response.json({ status: ready ? "ready" : "not ready", checks }, { status: ready ? 200 : 503 });
});
