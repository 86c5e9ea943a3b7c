import type { DbTransaction } from "@/lib/db/client";
import { ScimError } from "./scim-error";
import { SCIM_TEAM_SCOPE } from "./scim-scope";

const ORIGINS: Record<string, string> = { manual: "created by hand in the portal", mapping: "created from OKTA_GROUP_MAPPING" };

/**
 * Refuses, as RFC 7644's 409 `uniqueness`, a group name another team holds (`id`: the group being
 * changed, if any). A team made another way is named, with its id and origin, so an admin can
 * resolve the clash; SCIM never merges into it.
 */
export async function checkScimGroupName(tx: DbTransaction, id: string | null, displayName: string): Promise<void> {
  const holder = await tx.team.findFirst({ where: { name: displayName, id: { not: id ?? "" } }, select: { id: true, source: true } });
  if (!holder) return;
  if (holder.source === SCIM_TEAM_SCOPE.source)
    throw new ScimError(409, `A group with displayName ${JSON.stringify(displayName)} already exists (id ${holder.id})`, "uniqueness");
  const origin = ORIGINS[holder.source] ?? `with source ${JSON.stringify(holder.source)}`;
  throw new ScimError(
    409,
    `displayName ${JSON.stringify(displayName)} is held by the portal team ${holder.id}, ${origin}; SCIM only manages the teams it pushed, so rename the group in Okta or that team in the portal`,
    "uniqueness",
  );
}
