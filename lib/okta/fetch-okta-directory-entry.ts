import { z } from "zod";

export interface OktaApi {
  baseUrl: string;
  token: string;
}

const userSchema = z.looseObject({ id: z.string(), status: z.string() });
const groupsSchema = z.array(z.looseObject({ profile: z.looseObject({ name: z.string() }) }));

const TIMEOUT_MS = 15_000;

/**
 * One person's status and group names from Okta's Users API (`/api/v1/users/{id}` and
 * `/api/v1/users/{id}/groups`, authorised with `SSWS <token>`); null when Okta doesn't know the
 * id. `key` is the Okta user id or login. Other failures throw with the status Okta answered.
 */
export async function fetchOktaDirectoryEntry(api: OktaApi, key: string): Promise<{ id: string; status: string; groups: string[] } | null> {
  const get = async (path: string) => {
    const response = await fetch(`${api.baseUrl}/api/v1/users/${encodeURIComponent(key)}${path}`, {
      headers: { authorization: `SSWS ${api.token}`, accept: "application/json" },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`Okta API answered ${response.status} for /api/v1/users/…${path}`);
    return response.json() as Promise<unknown>;
  };
  const user = await get("");
  if (user === null) return null;
  const { id, status } = userSchema.parse(user);
  const groups = groupsSchema.parse((await get("/groups")) ?? []);
  return { id, status, groups: groups.map((group) => group.profile.name) };
}
