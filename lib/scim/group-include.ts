import { SCIM_USER_SCOPE } from "./scim-scope";

/** The relations toScimGroup needs, in a stable member order; members SCIM can't see (local users) are left out. */
export const GROUP_INCLUDE = {
  members: { where: { user: SCIM_USER_SCOPE }, include: { user: { select: { email: true } } }, orderBy: { createdAt: "asc" as const } },
};
