export const dynamic = "force-dynamic";

/** Liveness: the process serves requests. Readiness (database, schema, issuer) is /ready. */
export function GET() {
  return Response.json({ status: "ok" });
}
