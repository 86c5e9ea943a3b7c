import { db } from "@/lib/db/client";

export interface SignInStats {
  days: { day: string; succeeded: number; refused: number }[];
  total: number;
  withMfa: number;
  /** Okta sign-ins that succeeded, the denominator of the MFA share. */
  ssoSucceeded: number;
  refusalReasons: { reason: string; count: number }[];
}

const DAYS = 30;
// Bounded so a flood of events can't make the overview slow; more than this in 30 days is already a signal.
const MAX_EVENTS = 200_000;

/** Sign-ins per day over 30 days (succeeded vs refused), the MFA share and the top refusal reasons, from the audit log. */
export async function getSignInStats(now = new Date()): Promise<SignInStats> {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - (DAYS - 1)));
  const events = await db.auditEvent.findMany({
    where: { type: { in: ["sso.login", "login.local"] }, createdAt: { gte: start } },
    select: { createdAt: true, type: true, outcome: true, reason: true, details: true },
    take: MAX_EVENTS,
  });

  const days = Array.from({ length: DAYS }, (_, i) => ({ day: new Date(start.getTime() + i * 86_400_000).toISOString().slice(0, 10), succeeded: 0, refused: 0 }));
  const byDay = new Map(days.map((entry) => [entry.day, entry]));
  const reasons = new Map<string, number>();
  let withMfa = 0;
  let ssoSucceeded = 0;
  for (const event of events) {
    const entry = byDay.get(event.createdAt.toISOString().slice(0, 10));
    if (event.outcome === "success") {
      if (entry) entry.succeeded++;
      if (event.type === "sso.login") {
        ssoSucceeded++;
        if ((JSON.parse(event.details) as { mfa?: boolean }).mfa) withMfa++;
      }
    } else {
      if (entry) entry.refused++;
      const reason = event.reason ?? "unknown";
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
  }
  const refusalReasons = [...reasons].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count).slice(0, 5);
  return { days, total: events.length, withMfa, ssoSucceeded, refusalReasons };
}
