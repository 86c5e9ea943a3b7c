import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { flag, portalDb } from "../helpers/portal-db";
import { ssoLogin } from "../helpers/sso-login";
import { startStack, TEST_CLIENT, type Stack } from "../helpers/start-stack";

// An absent groups claim is not an empty one: Okta apps have no groups claim until an admin
// configures one, and a portal that read "no claim" as "no groups" would strip every team and admin.

const EMAIL = "admin@example.com";
const MAPPING = '{"MCP Gateway Users": "team-users", "MCP Gateway Admins": {"team_id": "team-admins", "role": "owner"}}';

let stack: Stack;
let db: ReturnType<typeof portalDb>;

beforeAll(async () => {
  // An app with a groups claim and fat ID tokens; the tests below switch each off where they need to.
  stack = await startStack({
    idpBehaviour: { groupsClaim: true, fatIdToken: true },
    env: { OKTA_GROUP_MAPPING: MAPPING, SSO_OKTA_ADMIN_GROUPS: '["MCP Gateway Admins"]' },
  });
  db = portalDb(stack.portal.databaseUrl);
});
afterAll(async () => {
  await db?.close();
  await stack?.stop();
});

type Row = { id: string; isAdmin: unknown; adminSource: string | null; oktaGroups: string };
const userRow = async () => (await db.one<Row>(`SELECT id, "isAdmin", "adminSource", "oktaGroups" FROM "User" WHERE email = ?`, EMAIL))!;
const memberships = async (userId: string) => db.all(`SELECT "teamId", role, source FROM "TeamMember" WHERE "userId" = ? ORDER BY "teamId"`, userId);
const warnLines = () =>
  stack.portal
    .output()
    .split("\n")
    .filter((line) => line.includes("sso.groups_claim_missing") && /WARN|"level":40/i.test(line));
const userinfoCalls = () => stack.idp.calls.userinfo;

async function signIn() {
  const { location, jar } = await ssoLogin(stack.portal.url, EMAIL);
  expect(location).toBe(`${stack.portal.url}/admin`);
  return jar;
}

function doctor(): Promise<string> {
  const child = spawn(process.execPath, [path.join(process.cwd(), "node_modules/tsx/dist/cli.mjs"), "scripts/sso-doctor.ts"], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: "production",
      APP_URL: stack.portal.url,
      DATABASE_URL: stack.portal.databaseUrl,
      SSO_OKTA_CLIENT_ID: TEST_CLIENT.id,
      SSO_OKTA_CLIENT_SECRET: TEST_CLIENT.secret,
      SSO_OKTA_ISSUER: stack.idp.issuer,
      SSO_OKTA_SCOPE: "openid profile email groups",
    } as NodeJS.ProcessEnv,
  });
  let stdout = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  return new Promise((resolve) => child.on("exit", () => resolve(stdout.split("\n").find((line) => line.includes(" Groups claim — ")) ?? stdout)));
}

describe("the groups claim", () => {
  let userId: string;
  let before: unknown[];

  it("grants what the groups say when the claim is there", async () => {
    await signIn();
    const row = await userRow();
    userId = row.id;
    expect([flag(row.isAdmin), row.adminSource]).toEqual([true, "okta"]);
    before = await memberships(userId);
    expect(before).toHaveLength(2);
  });

  it(
    "absent: keeps memberships and admin right, signs in, audits a warning, logs WARN once, shows it on the Overview and in sso:doctor",
    { timeout: 90_000 },
    async () => {
      const groupsBefore = (await userRow()).oktaGroups;
      stack.idp.behaviour.groupsClaim = false;
      let jar;
      try {
        await signIn();
        jar = await signIn();
      } finally {
        stack.idp.behaviour.groupsClaim = true;
      }
      const row = await userRow();
      expect([flag(row.isAdmin), row.adminSource, row.oktaGroups]).toEqual([true, "okta", groupsBefore]);
      expect(await memberships(userId)).toEqual(before);
      expect(await db.count("AuditEvent", "type = 'sso.groups_claim_missing' AND reason = 'groups_claim_missing' AND \"subjectId\" = ?", userId)).toBe(2);
      expect(await db.count("AuditEvent", "type IN ('admin.revoked', 'team.member_left')")).toBe(0);
      expect(warnLines()).toHaveLength(1);

      const overview = await (await jar.fetch(`${stack.portal.url}/admin`)).text();
      expect(overview).toContain('data-testid="groups-claim-notice"');
      expect(overview).toContain("no groups claim");
      expect(await doctor()).toMatch(/^✗ Groups claim — .*no 'groups' claim/);
    },
  );

  it("present but not a list of names: treated the same way, with its own reason", async () => {
    stack.idp.behaviour.groups[EMAIL] = "MCP Gateway Users" as unknown as string[];
    try {
      await signIn();
    } finally {
      delete stack.idp.behaviour.groups[EMAIL];
    }
    expect(flag((await userRow()).isAdmin)).toBe(true);
    expect(await memberships(userId)).toEqual(before);
    expect(await db.count("AuditEvent", "type = 'sso.groups_claim_missing' AND reason = 'groups_claim_malformed'")).toBe(1);
  });

  it("an empty array still means no groups: Okta-granted admin and Okta memberships go", { timeout: 60_000 }, async () => {
    stack.idp.behaviour.groups[EMAIL] = [];
    try {
      await signIn();
    } finally {
      delete stack.idp.behaviour.groups[EMAIL];
    }
    const row = await userRow();
    expect([flag(row.isAdmin), JSON.parse(row.oktaGroups)]).toEqual([false, []]);
    expect(await memberships(userId)).toEqual([]);
    expect(await doctor()).toMatch(/^✓ Groups claim/);
  });
});

describe("userinfo", () => {
  it("is not called when the ID token carries every claim the policy reads", async () => {
    const calls = userinfoCalls();
    await signIn();
    expect(userinfoCalls()).toBe(calls);
  });

  it("is called exactly once per login when the ID token is thin, also when userinfo lacks groups too", async () => {
    stack.idp.behaviour.fatIdToken = false;
    try {
      let calls = userinfoCalls();
      await signIn();
      expect(userinfoCalls()).toBe(calls + 1);
      stack.idp.behaviour.groupsClaim = false;
      calls = userinfoCalls();
      await signIn();
      expect(userinfoCalls()).toBe(calls + 1);
    } finally {
      stack.idp.behaviour.fatIdToken = true;
      stack.idp.behaviour.groupsClaim = true;
    }
  });
});
