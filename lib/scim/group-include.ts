/** The relations toScimGroup needs, in a stable member order. */
export const GROUP_INCLUDE = { members: { include: { user: { select: { email: true } } }, orderBy: { createdAt: "asc" as const } } };
