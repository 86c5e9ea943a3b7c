// `npm run token:create -- --email admin@example.com --name ci --days 30` (API token for an admin)
// `npm run token:create -- --scim --name okta [--days 365]` (SCIM provisioning token)
// Tokens expire after a year unless --days says otherwise; more than 365 days also needs --long-lived.
import { loadEnvConfig } from "@next/env";
import { parseArgs } from "node:util";
import { prepareInstance } from "@/lib/boot/prepare-instance";
import { logToStderr } from "@/lib/log/logger";
import { tokenInput } from "@/lib/tokens/token-input";

const USAGE =
  "Usage: npm run token:create -- --email <admin email> --name <name> [--days <n, default 365>] [--long-lived]\n       npm run token:create -- --scim --name <name> [--days <n, default 365>] [--long-lived]";

async function main() {
  // stdout carries only the secret (scripts capture it); start-up log lines go to stderr.
  logToStderr();
  let values;
  try {
    ({ values } = parseArgs({
      options: { email: { type: "string" }, name: { type: "string" }, days: { type: "string" }, scim: { type: "boolean" }, "long-lived": { type: "boolean" } },
    }));
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  const parsed = tokenInput.safeParse({ name: values.name ?? "", days: values.days ?? "365", longLived: values["long-lived"] ? "yes" : undefined });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    fail(
      issue.path[0] === "days" && issue.message.startsWith("over 365")
        ? "--days over 365 needs --long-lived as well."
        : `--${String(issue.path[0])} ${issue.message}.\n${USAGE}`,
    );
  }
  const { name, days } = parsed.data;
  if (!values.scim && !values.email) fail(`--email is required for an API token.\n${USAGE}`);

  loadEnvConfig(process.cwd());
  // stdout carries only the secret, so `TOKEN=$(npm run -s token:create …)` works.
  process.env.LOG_LEVEL ??= "WARNING";
  await prepareInstance();
  const { db } = await import("@/lib/db/client");
  const { createApiToken } = await import("@/lib/tokens/create-api-token");

  let userId: string | null = null;
  if (!values.scim) {
    const user = await db.user.findUnique({ where: { email: values.email!.trim().toLowerCase() } });
    if (!user) fail(`No user with email ${values.email}.`);
    if (!user.isAdmin || !user.isActive) fail(`${user.email} is not an active portal admin; API tokens act as an admin.`);
    userId = user.id;
  }
  const { secret, token } = await createApiToken({ name, kind: values.scim ? "scim" : "api", userId, expiresInDays: days, actor: { email: "cli" } });
  console.log(secret);
  console.error(
    `Created ${token.kind} token "${token.name}"${token.expiresAt ? `, expires ${token.expiresAt.toISOString()}` : ", no expiry"}. It is shown only once.`,
  );
  process.exit(0);
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

void main();
