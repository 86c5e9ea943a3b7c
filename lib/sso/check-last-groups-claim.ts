import { existsSync } from "node:fs";
import type { Config, OktaConfig } from "@/lib/config/parse-config";
import { db } from "@/lib/db/client";
import { databaseKind } from "@/lib/db/database-kind";
import { sqliteFile } from "@/lib/db/sqlite-file";
import type { DoctorCheck } from "./run-doctor-checks";

/**
 * Whether the portal's last Okta sign-in carried a usable groups claim, from the audit log: the
 * authorize probe can't see claims, and a missing claim silently freezes teams and admin rights.
 */
export async function checkLastGroupsClaim(config: Config, okta: OktaConfig): Promise<DoctorCheck> {
  const name = "Groups claim";
  if (!okta.scope.split(" ").includes("groups")) return { ok: true, name, detail: "SSO_OKTA_SCOPE does not ask for groups; skipped" };
  // Opening a SQLite file that isn't there would create an empty database.
  if (databaseKind(config.databaseUrl) === "sqlite" && !existsSync(sqliteFile(config.databaseUrl)))
    return { ok: true, name, detail: "no portal database here (DATABASE_URL); skipped" };
  let login;
  try {
    login = await db.auditEvent.findFirst({
      where: { type: "sso.login", outcome: "success" },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true, details: true },
    });
  } catch (error) {
    return { ok: true, name, detail: `the portal's database is not reachable from here (${(error as Error).message.split("\n")[0]}); skipped` };
  }
  if (!login) return { ok: true, name, detail: "no Okta sign-in recorded yet; sign in once and run this again" };
  const claim = (JSON.parse(login.details) as { groupsClaim?: string }).groupsClaim;
  const at = login.createdAt.toISOString();
  if (claim !== "missing" && claim !== "malformed") return { ok: true, name, detail: `the last Okta sign-in (${at}) carried the '${okta.groupsClaim}' claim` };
  return {
    ok: false,
    name,
    detail: `the last Okta sign-in (${at}) had ${claim === "malformed" ? "a malformed" : "no"} '${okta.groupsClaim}' claim, so its teams and admin right were left unchanged`,
    fix: `Org server: the app's Sign On tab → OpenID Connect ID Token → Groups claim filter named '${okta.groupsClaim}'; custom server: Security → API → Authorization Servers → Claims → a Groups claim '${okta.groupsClaim}' (or set SSO_OKTA_GROUPS_CLAIM to its name)`,
  };
}
