import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Config } from "@/lib/config/parse-config";
import { db } from "@/lib/db/client";
import { retryOnConflict } from "@/lib/db/retry-on-conflict";

/**
 * Counts one failed password sign-in for an account+address pair in the database, so every
 * instance shares the count; the threshold-th failure within the lockout window locks that pair
 * for the lockout period (audited). Rows idle for a whole window are pruned here, which keeps the
 * table bounded by the failures of the last window.
 */
export async function countPasswordFailure(config: Config, key: string, subject: { id?: string; email: string }): Promise<void> {
  const { lockoutThreshold, lockoutSeconds } = config.passwordLogin;
  const now = new Date();
  const windowStart = new Date(now.getTime() - lockoutSeconds * 1000);
  await db.loginFailure.deleteMany({ where: { updatedAt: { lt: windowStart }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] } });
  // A native upsert (one statement on both databases): concurrent failures on several instances all count.
  const { count } = await retryOnConflict(() =>
    db.loginFailure.upsert({ where: { key }, create: { key, count: 1 }, update: { count: { increment: 1 } }, select: { count: true } }),
  );
  if (count < lockoutThreshold) return;
  const lockedUntil = new Date(now.getTime() + lockoutSeconds * 1000);
  await db.loginFailure.update({ where: { key }, data: { count: 0, lockedUntil } });
  await recordAuditEvent({
    type: "login.local.lockout",
    outcome: "failure",
    reason: "too_many_failures",
    subject,
    details: { failures: count, lockedUntil: lockedUntil.toISOString() },
  });
}
