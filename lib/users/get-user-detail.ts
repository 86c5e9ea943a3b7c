import { db } from "@/lib/db/client";

/** Everything the user page and the account page show about one user. */
export async function getUserDetail(userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    include: {
      accounts: { select: { provider: true, providerAccountId: true } },
      memberships: { include: { team: { select: { name: true } } }, orderBy: { teamId: "asc" } },
      sessions: { where: { expires: { gt: new Date() } }, orderBy: { lastSeenAt: "desc" } },
    },
  });
  if (!user) return null;
  return { ...user, groups: JSON.parse(user.oktaGroups) as string[] };
}

export type UserDetail = NonNullable<Awaited<ReturnType<typeof getUserDetail>>>;
