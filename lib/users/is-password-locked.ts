import { db } from "@/lib/db/client";

/** Whether password sign-in for this account+address pair is locked right now. */
export async function isPasswordLocked(key: string, now = new Date()): Promise<boolean> {
  const failure = await db.loginFailure.findUnique({ where: { key }, select: { lockedUntil: true } });
  return !!failure?.lockedUntil && failure.lockedUntil > now;
}
