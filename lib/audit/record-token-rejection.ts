import { db } from "@/lib/db/client";
import { requestContext } from "@/lib/request/request-context";
import { recordAuditEvent } from "./record-audit-event";

const TYPE = "auth.token_rejected";

/**
 * One audit row per client address and minute for rejected Bearer tokens, however many arrive: the
 * first rejection of the window writes it, later ones only raise its `count` (the rate limiter
 * caps how many can). `windowStartedAt` is when the limiter's window for this address began.
 */
export async function recordTokenRejection(
  count: number,
  windowStartedAt: Date,
  details: { via: "api" | "scim"; method: string; path: string },
): Promise<void> {
  const summary = { ...details, count, windowStartedAt: windowStartedAt.toISOString() };
  if (count <= 1) return recordAuditEvent({ type: TYPE, outcome: "failure", reason: "invalid_token", details: summary });
  const ip = requestContext()?.ip ?? null;
  const updated = await db.auditEvent.updateMany({
    // A second of slack: the window start is computed from the limiter's clock, the row's from ours.
    where: { type: TYPE, ip, createdAt: { gte: new Date(windowStartedAt.getTime() - 1_000) } },
    data: { details: JSON.stringify(summary) },
  });
  // The first row may have been written on another instance whose clock disagrees; never lose the event.
  if (updated.count === 0) await recordAuditEvent({ type: TYPE, outcome: "failure", reason: "invalid_token", details: summary });
}
