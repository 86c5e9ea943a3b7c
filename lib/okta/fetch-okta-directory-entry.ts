import { z } from "zod";
import type { OktaClient } from "./create-okta-client";

const userSchema = z.looseObject({ id: z.string(), status: z.string() });
const groupsSchema = z.array(z.looseObject({ profile: z.looseObject({ name: z.string() }) }));

/**
 * One person's status and group names from Okta's Users API (`/api/v1/users/{id}` and every page of
 * `/api/v1/users/{id}/groups`); null when Okta doesn't know the key (deleted, or never there). `key`
 * is the Okta user id or login. Other failures throw with the status Okta answered.
 */
export async function fetchOktaDirectoryEntry(client: OktaClient, key: string): Promise<{ id: string; status: string; groups: string[] } | null> {
  const path = `/api/v1/users/${encodeURIComponent(key)}`;
  const user = await client.get(path);
  if (user === null) return null;
  const { id, status } = userSchema.parse(user);
  // Someone who has left gets deactivated; their groups would only spend rate limit.
  if (status === "SUSPENDED" || status === "DEPROVISIONED") return { id, status, groups: [] };
  const groups = groupsSchema.parse(await client.list(`/api/v1/users/${encodeURIComponent(id)}/groups`));
  return { id, status, groups: groups.map((group) => group.profile.name) };
}
