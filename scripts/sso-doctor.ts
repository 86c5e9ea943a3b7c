// `npm run sso:doctor`: checks the Okta configuration against the issuer, one line per check.
import { loadEnvConfig } from "@next/env";
import { ConfigError } from "@/lib/config/config-error";
import { getConfig } from "@/lib/config/get-config";
import { runDoctorChecks } from "@/lib/sso/run-doctor-checks";

async function main() {
  loadEnvConfig(process.cwd());
  let config;
  try {
    config = getConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.log(`✗ Configuration — ${error.message}`);
    process.exit(1);
  }
  console.log(`Checking Okta SSO against ${config.sso.okta?.issuer ?? "(no issuer)"}`);
  const checks = await runDoctorChecks(config);
  for (const check of checks)
    console.log(`${check.ok ? (check.warning ? "!" : "✓") : "✗"} ${check.name} — ${check.detail}${check.fix ? `\n    fix: ${check.fix}` : ""}`);
  const failed = checks.filter((check) => !check.ok).length;
  const warnings = checks.filter((check) => check.ok && check.warning).length;
  console.log(`${failed ? `${failed} check(s) failed.` : "All checks passed."}${warnings ? ` ${warnings} to look at (!).` : ""}`);
  process.exit(failed ? 1 : 0);
}

void main();
