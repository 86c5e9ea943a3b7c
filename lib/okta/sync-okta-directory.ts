import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Config } from "@/lib/config/parse-config";
import { db } from "@/lib/db/client";
import { log } from "@/lib/log/logger";
import { reconcileOktaMemberships } from "@/lib/teams/reconcile-okta-memberships";
import type { Actor } from "@/lib/users/actor";
import { deactivateUser } from "@/lib/users/deactivate-user";
import { fetchOktaDirectoryEntry, type OktaApi } from "./fetch-okta-directory-entry";

export interface OktaSyncSummary {
  checked: number;
  membershipsChanged: number;
  deactivated: string[];
  notFound: string[];
  failed: string[];
}

/**
 * Pulls each active Okta-sourced portal user's groups from Okta and reconciles their Okta-sourced
 * team memberships through OKTA_GROUP_MAPPING (the same rules as at sign-in); deactivates users
 * Okta reports as deprovisioned. One user's failure is reported, not fatal to the others.
 */
export async function syncOktaDirectory(config: Config, api: OktaApi, actor: Actor): Promise<OktaSyncSummary> {
  const summary: OktaSyncSummary = { checked: 0, membershipsChanged: 0, deactivated: [], notFound: [], failed: [] };
  const users = await db.user.findMany({
    where: { isActive: true, authProvider: "okta" },
    select: { id: true, email: true, externalId: true, accounts: { where: { provider: "okta" }, select: { providerAccountId: true } } },
    orderBy: { createdAt: "asc" },
  });
  for (const user of users) {
    summary.checked++;
    try {
      // The Okta id is surest (sign-in or SCIM); a user an admin pre-created is looked up by login.
      const entry = await fetchOktaDirectoryEntry(api, user.accounts[0]?.providerAccountId ?? user.externalId ?? user.email);
      if (!entry) {
        summary.notFound.push(user.email);
      } else if (entry.status === "DEPROVISIONED") {
        await deactivateUser(user.id, actor, "okta-sync");
        summary.deactivated.push(user.email);
      } else {
        const changes = await db.$transaction(async (tx) => {
          await tx.user.update({ where: { id: user.id }, data: { oktaGroups: JSON.stringify(entry.groups) } });
          return reconcileOktaMemberships(tx, user.id, entry.groups, config.sso.groupMapping);
        });
        summary.membershipsChanged += changes.length;
        if (changes.length > 0) await recordAuditEvent({ type: "team.memberships_synced", outcome: "success", actor, subject: user, details: { source: "okta-sync", changes } });
      }
    } catch (error) {
      log.warn("okta.sync.user_failed", { user: user.email, message: (error as Error).message });
      summary.failed.push(user.email);
    }
  }
  await recordAuditEvent({ type: "okta.sync", outcome: summary.failed.length ? "failure" : "success", actor, details: { ...summary } });
  return summary;
}
