// `npm run db:seed -- --users 100000`: fills DATABASE_URL with realistic users, teams, sessions and
// audit entries so the dashboard can be tried and measured at scale.
import { loadEnvConfig } from "@next/env";
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { prepareInstance } from "@/lib/boot/prepare-instance";
import { seedName } from "./seed-name";

const TEAMS = [
  "Platform",
  "Payments",
  "Search",
  "Data",
  "Security",
  "Mobile",
  "Web",
  "Infra",
  "ML",
  "Support",
  "Sales Eng",
  "Growth",
  "Identity",
  "Billing",
  "Observability",
  "Developer Experience",
  "Edge",
  "Storage",
  "Messaging",
  "Compliance",
];
const REFUSALS = ["untrusted_domain", "access_denied", "deactivated", "email_unverified", "state_invalid"];
const BATCH = 1000;
const DAY = 86_400_000;

const pick = <T>(items: T[], i: number) => items[i % items.length];
const oktaId = () => `00u${randomBytes(12).toString("base64url").replace(/[-_]/g, "x").slice(0, 17)}`;
const id = () => `seed${randomBytes(10).toString("hex")}`;

function progress(label: string, done: number, total: number) {
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(
    `\r${label.padEnd(10)} [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${String(Math.round((done / total) * 100)).padStart(3)}% ${done}/${total}`,
  );
  if (done === total) process.stderr.write("\n");
}

async function main() {
  const { values } = parseArgs({ options: { users: { type: "string", default: "1000" } } });
  const total = Number(values.users);
  if (!Number.isInteger(total) || total < 1 || total > 1_000_000) {
    console.error("--users must be a whole number between 1 and 1000000, e.g. npm run db:seed -- --users 100000");
    process.exit(2);
  }
  loadEnvConfig(process.cwd(), true);
  const config = await prepareInstance();
  const { db } = await import("@/lib/db/client");
  const now = Date.now();

  const teams = TEAMS.map((name, i) => ({ id: `seed-team-${i}`, name, source: i < 5 ? "mapping" : "manual" }));
  for (const team of teams) await db.team.upsert({ where: { id: team.id }, create: team, update: {} });

  for (let start = 0; start < total; start += BATCH) {
    const users = [];
    const accounts = [];
    const memberships = [];
    const sessions = [];
    const events = [];
    for (let i = start; i < Math.min(start + BATCH, total); i++) {
      const userId = id();
      const { first, last } = seedName(i);
      const email = `${first}.${last}.${i}@example.com`.toLowerCase();
      const createdAt = new Date(now - ((i * 7919) % (730 * DAY)));
      const lastLoginAt = i % 9 === 0 ? null : new Date(now - ((i * 104729) % (30 * DAY)));
      const groups = [i % 50 === 0 ? "MCP Gateway Admins" : null, "MCP Gateway Users", pick(TEAMS, i)].filter((g): g is string => g !== null);
      users.push({
        id: userId,
        email,
        name: `${first} ${last}`,
        isActive: i % 33 !== 0,
        isAdmin: i % 100 === 0,
        adminSource: i % 100 === 0 ? "okta" : null,
        authProvider: "okta",
        oktaGroups: JSON.stringify(groups),
        createdAt,
        lastLoginAt,
        lastLoginMfa: lastLoginAt ? i % 3 !== 0 : null,
      });
      accounts.push({ userId, type: "oidc", provider: "okta", providerAccountId: oktaId() });
      memberships.push({ teamId: teams[i % teams.length].id, userId, role: i % 25 === 0 ? "owner" : "member", source: i % 4 === 0 ? "manual" : "okta" });
      if (i % 20 === 0)
        sessions.push({
          sessionToken: randomBytes(32).toString("base64url"),
          userId,
          expires: new Date(now + 7 * DAY),
          provider: "okta",
          lastSeenAt: new Date(now - (i % 3600) * 1000),
          ip: `10.${i % 250}.${(i >> 8) % 250}.${i % 200}`,
          userAgent: "Mozilla/5.0 (seed)",
        });
      const refused = i % 11 === 0;
      events.push({
        createdAt: lastLoginAt ?? createdAt,
        type: "sso.login",
        outcome: refused ? "failure" : "success",
        reason: refused ? pick(REFUSALS, i) : null,
        actorId: userId,
        actorEmail: email,
        subjectId: userId,
        subjectEmail: email,
        details: JSON.stringify({ provider: "okta", mfa: i % 3 !== 0, groups }),
      });
    }
    await db.$transaction([
      db.user.createMany({ data: users }),
      db.account.createMany({ data: accounts }),
      db.teamMember.createMany({ data: memberships }),
      db.session.createMany({ data: sessions }),
      db.auditEvent.createMany({ data: events }),
    ]);
    progress("users", Math.min(start + BATCH, total), total);
  }
  console.log(`Seeded ${total} users into ${config.databaseUrl}.`);
  process.exit(0);
}

void main();
