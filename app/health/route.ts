import { route } from "@/lib/http/route";
import { PUBLIC } from "@/lib/http/route-options";

export const dynamic = "force-dynamic";

/** Liveness: the process serves requests. Readiness (database, schema, issuer) is /ready. */
export const GET = route(PUBLIC, async () => Response.json({ status: "ok" }));
