import { setTimeout as sleep } from "node:timers/promises";
import { log } from "@/lib/log/logger";
import { applyPendingOktaEvents } from "./apply-pending-okta-events";
import { oktaEventHookSchema } from "./okta-event-schema";
import { storeOktaEvents } from "./store-okta-events";

// Okta wants its answer within 3 s: work that takes longer goes on after the answer.
const INLINE_BUDGET_MS = 1_000;

/**
 * An event hook delivery (body already authenticated): stores its events (throws ZodError for a body
 * that isn't one), then applies pending events inline while that is quick and in the background
 * after the answer otherwise. Returns how many of the events were new.
 */
export async function receiveOktaEvents(body: unknown): Promise<{ received: number; stored: number }> {
  const { data } = oktaEventHookSchema.parse(body);
  const stored = await storeOktaEvents(data.events);
  const applying = applyPendingOktaEvents().catch((error: unknown) => log.error("okta.event.apply_failed", { message: (error as Error).message }));
  await Promise.race([applying, sleep(INLINE_BUDGET_MS)]);
  return { received: data.events.length, stored };
}
