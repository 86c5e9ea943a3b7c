export interface PortalState {
  sessionsActive: number;
  users: { active: number; deactivated: number };
}

const MAX_AGE_MS = 60_000;
// Per process, shared by every bundle that loads this module; the promise lets concurrent scrapes share one query.
const holder = globalThis as typeof globalThis & { __portalState?: { at: number; state: Promise<PortalState> } };

/**
 * Unexpired sessions and users by state, counted at most once a minute however often Prometheus
 * scrapes. Both counts read indexes only (Session.expires, User.isActive), cheap at 100,000 users.
 */
export function countPortalState(now = Date.now()): Promise<PortalState> {
  const cached = holder.__portalState;
  if (cached && now - cached.at < MAX_AGE_MS) return cached.state;
  const state = query();
  holder.__portalState = { at: now, state };
  // A failed count (database down) is retried at the next scrape instead of being cached.
  state.catch(() => {
    if (holder.__portalState?.state === state) holder.__portalState = undefined;
  });
  return state;
}

async function query(): Promise<PortalState> {
  // Loaded at the first scrape: the registry exists from start-up, before anything needs the database client.
  const { db } = await import("@/lib/db/client");
  const [sessionsActive, byState] = await Promise.all([
    db.session.count({ where: { expires: { gt: new Date() } } }),
    db.user.groupBy({ by: ["isActive"], _count: { _all: true } }),
  ]);
  const count = (active: boolean) => byState.find((row) => row.isActive === active)?._count._all ?? 0;
  return { sessionsActive, users: { active: count(true), deactivated: count(false) } };
}
