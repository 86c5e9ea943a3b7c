import { getConfig } from "@/lib/config/get-config";
import { db } from "@/lib/db/client";
import { log } from "@/lib/log/logger";
import { applyOktaEvent } from "./apply-okta-event";
import { oktaEventSchema } from "./okta-event-schema";

const BATCH = 100;
const KEEP_APPLIED_MS = 7 * 24 * 3600_000; // Okta retries for about a day; a week of ids covers it with room.

let running: Promise<void> | null = null;
let again = false;

/**
 * Applies every stored, not yet applied Okta event, oldest `published` first, one at a time, so one
 * user's events take effect in the order Okta recorded them. Calls while a run is under way join it
 * (and make it look again when it ends), so bursts never apply events concurrently in this process.
 */
export function applyPendingOktaEvents(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      await drain();
    } while (again);
  })().finally(() => (running = null));
  return running;
}

async function drain(): Promise<void> {
  const config = getConfig();
  for (;;) {
    const pending = await db.oktaEvent.findMany({ where: { appliedAt: null }, orderBy: [{ published: "asc" }, { receivedAt: "asc" }], take: BATCH });
    if (pending.length === 0) break;
    for (const row of pending) {
      let result: string;
      try {
        result = await applyOktaEvent(config, oktaEventSchema.parse(JSON.parse(row.payload)));
      } catch (error) {
        // A failure (Okta's API down, say) is recorded, not retried forever; the next sync repairs state.
        log.warn("okta.event.failed", { uuid: row.uuid, eventType: row.eventType, message: (error as Error).message });
        result = `failed: ${(error as Error).message}`.slice(0, 500);
      }
      await db.oktaEvent.update({ where: { uuid: row.uuid }, data: { appliedAt: new Date(), result } });
      log.debug("okta.event.applied", { uuid: row.uuid, eventType: row.eventType, result });
    }
  }
  await db.oktaEvent.deleteMany({ where: { appliedAt: { not: null }, receivedAt: { lt: new Date(Date.now() - KEEP_APPLIED_MS) } } });
}
