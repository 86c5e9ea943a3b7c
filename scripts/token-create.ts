// `npm run token:create -- --email admin@example.com --name ci --days 30` (API token for an admin)
// `npm run token:create -- --scim --name okta [--days 365]` (SCIM provisioning token)
import { loadEnvConfig } from "@next/env";
import { parseArgs } from "node:util";
import { prepareInstance } from "@/lib/boot/prepare-instance";

const USAGE = "Usage: npm run token:create -- --email <admin email> --name <name> [--days <n>]\n       npm run token:create -- --scim --name <name> [--days <n>]";

async function main() {
  let values;
  try {
    ({ values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" }, days: { type: "string" }, scim: { type: "boolean" } } }));
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  const name = values.name?.trim();
  if (!name) fail(`--name is required.\n${USAGE}`);
  const days = values.days === undefined ? null : Number(values.days);
  if (days !== null && (!Number.isInteger(days) || days < 1 || days > 3650)) fail("--days must be a whole number of days between 1 and 3650.");
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
  console.error(`Created ${token.kind} token "${token.name}"${token.expiresAt ? `, expires ${token.expiresAt.toISOString()}` : ", no expiry"}. It is shown only once.`);
  process.exit(0);
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

void main();
