// `npm run audit:prune`: delete audit events older than AUDIT_RETENTION_DAYS. Every start prunes
// (lib/boot/prepare-instance.ts logs "audit.pruned" with the count); this runs that step alone.
import { loadEnvConfig } from "@next/env";
import { prepareInstance } from "@/lib/boot/prepare-instance";

loadEnvConfig(process.cwd());
prepareInstance()
  .then((config) => {
    console.log(`Audit log pruned: it keeps the last ${config.auditRetentionDays} days.`);
    process.exit(0);
  })
  .catch((error: Error) => {
    console.error(`Audit prune failed: ${error.message}`);
    process.exit(1);
  });
