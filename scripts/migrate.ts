// `npm run db:migrate`: apply pending migrations (also done by every start).
import { loadEnvConfig } from "@next/env";
import { prepareInstance } from "@/lib/boot/prepare-instance";
import { redactDatabaseUrl } from "@/lib/db/redact-database-url";

loadEnvConfig(process.cwd());
prepareInstance()
  .then((config) => {
    console.log(`Database ${redactDatabaseUrl(config.databaseUrl)} is up to date.`);
    process.exit(0);
  })
  .catch((error: Error) => {
    console.error(`Migration failed: ${error.message}`);
    process.exit(1);
  });
