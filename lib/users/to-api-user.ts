import type { ApiUser } from "./api-user-schema";
import type { ListedUser } from "./list-users";

/** A user as the admin API shows it (MCP Gateway's field names). */
export function toApiUser(user: ListedUser): ApiUser {
  return {
    id: user.id,
    email: user.email,
    full_name: user.name,
    is_admin: user.isAdmin,
    is_active: user.isActive,
    auth_provider: user.authProvider as ApiUser["auth_provider"],
    groups: JSON.parse(user.oktaGroups) as string[],
    teams: user.memberships.map((m) => ({ id: m.teamId, name: m.team.name, role: m.role, source: m.source as ApiUser["teams"][number]["source"] })),
    created_at: user.createdAt.toISOString(),
    last_login: user.lastLoginAt?.toISOString() ?? null,
  };
}
