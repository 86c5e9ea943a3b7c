import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/is-unique-violation";
import type { OktaEvent } from "./okta-event-schema";

/**
 * Stores a delivery's events before anything is applied, so a crash after Okta got its answer loses
 * nothing (the next start applies them). Okta retries deliveries: an event id seen before is a
 * duplicate and is skipped. Returns how many events were new.
 */
export async function storeOktaEvents(events: OktaEvent[]): Promise<number> {
  let stored = 0;
  for (const event of events) {
    try {
      await db.oktaEvent.create({
        data: {
          uuid: event.uuid,
          eventType: event.eventType,
          oktaUserId: event.target?.find((target) => target.type === "User")?.id ?? null,
          groupName: event.eventType.startsWith("group.user_membership.")
            ? (event.target?.find((target) => target.type === "UserGroup")?.displayName?.toLowerCase() ?? null)
            : null,
          published: new Date(event.published),
          payload: JSON.stringify(event),
        },
      });
      stored++;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return stored;
}
