import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { recordAuditEvents } from "@/lib/audit/record-audit-events";
import type { Config } from "@/lib/config/parse-config";
import { db } from "@/lib/db/client";
import { log } from "@/lib/log/logger";
import { reconcileOktaIdentity } from "@/lib/teams/reconcile-okta-identity";
import type { Actor } from "@/lib/users/actor";
import { deactivateUser } from "@/lib/users/deactivate-user";
import { createOktaClient, type OktaApi, type OktaClientOptions } from "./create-okta-client";
import { fetchOktaDirectoryEntry } from "./fetch-okta-directory-entry";

export interface OktaSyncSummary {
  checked: number;
  membershipsChanged: number;
  deactivated: string[];
  notFound: string[];
  failed: string[];
}

export interface OktaSyncOptions extends OktaClientOptions {
  /** Told after each user, e.g. to print progress. */
  onProgress?: (done: number, total: number) => void;
}

/** Okta statuses after which a person no longer gets in: suspended is as gone as deprovisioned while it lasts. */
const LEAVER_STATUSES: Record<string, string> = { SUSPENDED: "suspended in Okta", DEPROVISIONED: "deprovisioned in Okta" };

/**
 * Pulls each active Okta-sourced portal user's groups from Okta and reconciles their admin right
 * and Okta-sourced team memberships (reconcileOktaIdentity, as at sign-in); deactivates users Okta
 * reports as suspended or deprovisioned, or has deleted. Waits out Okta's rate limit (bounded).
 * One user's failure is reported, not fatal to the others.
 */
export async function syncOktaDirectory(config: Config, api: OktaApi, actor: Actor, options: OktaSyncOptions = {}): Promise<OktaSyncSummary> {
  const summary: OktaSyncSummary = { checked: 0, membershipsChanged: 0, deactivated: [], notFound: [], failed: [] };
  const client = createOktaClient(api, options);
  const users = await db.user.findMany({
    where: { isActive: true, authProvider: "okta" },
    select: {
      id: true,
      email: true,
      externalId: true,
      isAdmin: true,
      adminSource: true,
      accounts: { where: { provider: "okta" }, select: { providerAccountId: true } },
    },
    orderBy: { createdAt: "asc" },
  });
  // The one place sync takes someone's access away, with the reason in the audit trail.
  const deactivate = async (user: (typeof users)[number], reason: string) => {
    await deactivateUser(user.id, actor, `okta-sync: ${reason}`);
    summary.deactivated.push(user.email);
  };
  for (const user of users) {
    summary.checked++;
    try {
      // The Okta id is surest (sign-in or SCIM); a user an admin pre-created is looked up by login.
      const oktaId = user.accounts[0]?.providerAccountId ?? user.externalId;
      const entry = await fetchOktaDirectoryEntry(client, oktaId ?? user.email);
      if (!entry) {
        // An id Okta once gave us and now 404s is a deleted user; an unknown login may never have been in Okta.
        if (oktaId) await deactivate(user, "deleted in Okta");
        else summary.notFound.push(user.email);
      } else if (LEAVER_STATUSES[entry.status]) {
        await deactivate(user, LEAVER_STATUSES[entry.status]);
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
    options.onProgress?.(summary.checked, users.length);
  }
  await recordAuditEvent({ type: "okta.sync", outcome: summary.failed.length ? "failure" : "success", actor, details: { ...summary } });
  return summary;
}
