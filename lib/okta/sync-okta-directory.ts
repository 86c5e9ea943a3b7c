import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { recordAuditEvents } from "@/lib/audit/record-audit-events";
import type { Config } from "@/lib/config/parse-config";
import { db } from "@/lib/db/client";
import { log } from "@/lib/log/logger";
import { reconcileOktaIdentity } from "@/lib/teams/reconcile-okta-identity";
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
 * Pulls each active Okta-sourced portal user's groups from Okta and reconciles their admin right
 * and Okta-sourced team memberships (reconcileOktaIdentity, as at sign-in); deactivates users
 * Okta reports as deprovisioned. One user's failure is reported, not fatal to the others.
 */
export async function syncOktaDirectory(config: Config, api: OktaApi, actor: Actor): Promise<OktaSyncSummary> {
  const summary: OktaSyncSummary = { checked: 0, membershipsChanged: 0, deactivated: [], notFound: [], failed: [] };
  const users = await db.user.findMany({
    where: { isActive: true, authProvider: "okta" },
    select: { id: true, email: true, externalId: true, isAdmin: true, adminSource: true, accounts: { where: { provider: "okta" }, select: { providerAccountId: true } } },
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
        const { memberships } = await db.$transaction(async (tx) => {
          const reconciled = await reconcileOktaIdentity(tx, user, entry.groups, config, { source: "okta-sync", actor });
          await recordAuditEvents(tx, reconciled.events);
          return reconciled;
        });
        summary.membershipsChanged += memberships.length;
      }
    } catch (error) {
      log.warn("okta.sync.user_failed", { user: user.email, message: (error as Error).message });
      summary.failed.push(user.email);
    }
  }
  await recordAuditEvent({ type: "okta.sync", outcome: summary.failed.length ? "failure" : "success", actor, details: { ...summary } });
  return summary;
}
