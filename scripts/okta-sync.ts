// `npm run okta:sync`: pull every Okta user's groups and status from Okta's Users API (needs OKTA_API_TOKEN).
import { loadEnvConfig } from "@next/env";
import { prepareInstance } from "@/lib/boot/prepare-instance";

const PROGRESS_EVERY = 25;

async function main() {
  loadEnvConfig(process.cwd());
  const config = await prepareInstance();
  if (!config.oktaApi) {
    console.error("OKTA_API_TOKEN is not set: create an Okta API token (Security → API → Tokens) and set OKTA_API_TOKEN to use directory sync.");
    process.exit(2);
  }
  const { syncOktaDirectory } = await import("@/lib/okta/sync-okta-directory");
  const summary = await syncOktaDirectory(
    config,
    config.oktaApi,
    { email: "cli" },
    {
      // A run from the command line may wait out Okta's rate limit longer than a click in Settings.
      maxWaitMs: config.oktaApi.maxWaitSeconds * 1000,
      onWait: (ms, why) => console.log(`okta:sync: waiting ${Math.ceil(ms / 1000)} s (${why})`),
      onProgress: (done, total) => {
        if (done === total || done % PROGRESS_EVERY === 0) console.log(`okta:sync: ${done}/${total} users checked`);
      },
    },
  );
  console.log(JSON.stringify(summary));
  process.exit(summary.failed.length > 0 ? 1 : 0);
}

void main();
