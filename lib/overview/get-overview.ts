import { getSignInStats, type SignInStats } from "@/lib/audit/get-sign-in-stats";
import { countUsers } from "@/lib/users/count-users";

export interface Overview {
  counts: Awaited<ReturnType<typeof countUsers>>;
  stats: SignInStats;
  computedAt: Date;
}

/** Figures this old are recomputed; the overview says how old the ones it shows are. */
const MAX_AGE_MS = 60_000;
let cached: Overview | undefined;
let computing: Promise<Overview> | undefined;

/**
 * The overview's head counts and sign-in statistics, computed at most once a minute per process
 * (a dozen counts over the users and the audit log) and shared by every admin who opens it.
 */
export async function getOverview(now = new Date()): Promise<Overview> {
  if (cached && now.getTime() - cached.computedAt.getTime() < MAX_AGE_MS) return cached;
  // Admins arriving together share one computation; a failure is not kept.
  computing ??= Promise.all([countUsers(now), getSignInStats(now)])
    .then(([counts, stats]) => (cached = { counts, stats, computedAt: now }))
    .finally(() => (computing = undefined));
  return computing;
}
