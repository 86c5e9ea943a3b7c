import { z } from "zod";
import type { OktaApi } from "./fetch-okta-directory-entry";

const profileSchema = z.looseObject({
  profile: z.looseObject({ email: z.string().trim().toLowerCase().pipe(z.email()), firstName: z.string().nullish(), lastName: z.string().nullish(), displayName: z.string().nullish() }),
});

/** A user's email and display name from Okta's Users API; null when Okta doesn't know the id. */
export async function fetchOktaProfile(api: OktaApi, oktaUserId: string): Promise<{ email: string; name: string | null } | null> {
  const response = await fetch(`${api.baseUrl}/api/v1/users/${encodeURIComponent(oktaUserId)}`, {
    headers: { authorization: `SSWS ${api.token}`, accept: "application/json" },
    signal: AbortSignal.timeout(15_000),
  });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`Okta API answered ${response.status} for /api/v1/users/{id}`);
  const { profile } = profileSchema.parse(await response.json());
  const name = profile.displayName ?? ([profile.firstName, profile.lastName].filter(Boolean).join(" ") || null);
  return { email: profile.email, name };
}
