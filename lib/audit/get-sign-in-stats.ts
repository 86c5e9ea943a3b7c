import { db } from "@/lib/db/client";

export interface SignInStats {
  days: { day: string; succeeded: number; refused: number }[];
  withMfa: number;
  /** Okta sign-ins that succeeded, the denominator of the MFA share. */
  ssoSucceeded: number;
  refusalReasons: { reason: string; count: number }[];
}

const DAYS = 30;
const SIGN_INS = ["sso.login", "login.local"];

/**
 * Sign-ins per day over 30 days (succeeded vs refused), the MFA share and the top refusal reasons,
 * from the audit log. Everything is counted in the database; no event rows are read back.
 */
export async function getSignInStats(now = new Date()): Promise<SignInStats> {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - (DAYS - 1)));
  const window = { type: { in: SIGN_INS }, createdAt: { gte: start } };
  const okta = { type: "sso.login", outcome: "success", createdAt: { gte: start } };
  const days = Array.from({ length: DAYS }, (_, i) => {
    const from = new Date(start.getTime() + i * 86_400_000);
    return { day: from.toISOString().slice(0, 10), from, to: new Date(from.getTime() + 86_400_000) };
  });
  const [perDay, reasons, ssoSucceeded, withMfa] = await Promise.all([
    // One small grouped count per day: each reads only that day's slice of the (type, createdAt) index.
    Promise.all(
      days.map(({ from, to }) =>
        db.auditEvent.groupBy({ by: ["outcome"], where: { type: { in: SIGN_INS }, createdAt: { gte: from, lt: to } }, _count: { _all: true } }),
      ),
    ),
    db.auditEvent.groupBy({
      by: ["reason"],
      where: { ...window, outcome: "failure" },
      _count: { _all: true },
      orderBy: { _count: { reason: "desc" } },
      take: 5,
    }),
    db.auditEvent.count({ where: okta }),
    // recordAuditEvent writes details with JSON.stringify, so the flag is always spelled this way.
    db.auditEvent.count({ where: { ...okta, details: { contains: '"mfa":true' } } }),
  ]);

  const countOf = (groups: { outcome: string; _count: { _all: number } }[], success: boolean) =>
    groups.filter((g) => (g.outcome === "success") === success).reduce((sum, g) => sum + g._count._all, 0);
  return {
    days: days.map(({ day }, i) => ({ day, succeeded: countOf(perDay[i], true), refused: countOf(perDay[i], false) })),
    withMfa,
    ssoSucceeded,
    refusalReasons: reasons.map((r) => ({ reason: r.reason ?? "unknown", count: r._count._all })),
  };
}
