import { getConfig } from "@/lib/config/get-config";
import { db } from "@/lib/db/client";
import { listPendingMigrations } from "@/lib/db/list-pending-migrations";
import { describeFetchError } from "@/lib/sso/describe-fetch-error";
import { discoverIssuer } from "@/lib/sso/discover-issuer";

export interface Readiness {
  ready: boolean;
  checks: Record<string, { ok: boolean; detail: string }>;
}

async function check(run: () => Promise<string>): Promise<{ ok: boolean; detail: string }> {
  try {
    return { ok: true, detail: await run() };
  } catch (error) {
    return { ok: false, detail: describeFetchError(error) };
  }
}

/** What a load balancer needs before sending traffic: database reachable, schema current, issuer reachable when SSO is on. */
export async function checkReadiness(): Promise<Readiness> {
  const config = getConfig();
  const okta = config.sso.okta;
  const checks: Readiness["checks"] = {
    database: await check(async () => {
      await db.user.findFirst({ select: { id: true } });
      return "reachable";
    }),
    migrations: await check(async () => {
      const pending = await listPendingMigrations(config.databaseUrl);
      if (pending.length) throw new Error(`pending: ${pending.join(", ")}`);
      return "all applied";
    }),
  };
  if (okta) {
    checks.issuer = await check(async () => {
      // Probed afresh: a cached copy would say nothing about the issuer now.
      await discoverIssuer(okta.issuer, { timeoutMs: 2_000, fresh: true });
      return `${okta.issuer} discovery reachable`;
    });
  }
  return { ready: Object.values(checks).every((c) => c.ok), checks };
}
