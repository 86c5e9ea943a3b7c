import { ConfigError } from "@/lib/config/config-error";
import { getConfig } from "@/lib/config/get-config";
import type { Config } from "@/lib/config/parse-config";
import { migrateDatabase } from "@/lib/db/migrate-database";
import { redactDatabaseUrl } from "@/lib/db/redact-database-url";
import { log } from "@/lib/log/logger";

/**
 * What every start does before the server takes requests: check the configuration (one line and
 * exit 1 when it's wrong), apply pending migrations, and create the session secret and the
 * bootstrap admin. Modules that open the database are imported only after the config is known good.
 */
export async function prepareInstance(): Promise<Config> {
  let config: Config;
  try {
    config = getConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      // Written directly: the logger takes its level from this very configuration.
      console.error(`Configuration error: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }

  try {
    const { applied } = await migrateDatabase(config.databaseUrl);
    if (applied.length) log.info("db.migrated", { applied });
  } catch (error) {
    console.error(`Database error: could not migrate DATABASE_URL=${redactDatabaseUrl(config.databaseUrl)}: ${(error as Error).message}`);
    process.exit(1);
  }

  const { getSessionSecret } = await import("@/lib/sessions/get-session-secret");
  const { recordAuditEvent } = await import("@/lib/audit/record-audit-event");
  const { pruneAuditEvents } = await import("@/lib/audit/prune-audit-events");
  const { ensurePlatformAdmin } = await import("@/lib/users/ensure-platform-admin");
  await getSessionSecret();
  const admin = await ensurePlatformAdmin(config);
  if (admin !== "unchanged" && admin !== "not-configured") log.info("platform_admin", { email: config.platformAdmin?.email, result: admin });

  if (!config.sso.okta && !config.platformAdmin) {
    const hint = "Enable Okta (SSO_OKTA_*) or set PLATFORM_ADMIN_EMAIL and PLATFORM_ADMIN_PASSWORD";
    log.warn("config.no_sign_in_method", { hint });
    await recordAuditEvent({ type: "config.problem", outcome: "failure", reason: "no_sign_in_method", actor: { email: "system" }, details: { hint } });
  }

  // Okta event hook deliveries stored by a previous run that ended before applying them.
  const { applyPendingOktaEvents } = await import("@/lib/okta/apply-pending-okta-events");
  await applyPendingOktaEvents();

  const pruned = await pruneAuditEvents(config.auditRetentionDays);
  if (pruned) log.info("audit.pruned", { deleted: pruned, retentionDays: config.auditRetentionDays });
  return config;
}
