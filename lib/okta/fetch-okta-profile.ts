import { z } from "zod";
import { createOktaClient, type OktaApi } from "./create-okta-client";
import { normalizeEmail } from "@/lib/users/normalize-email";

const profileSchema = z.looseObject({
  profile: z.looseObject({
    email: z.string().transform(normalizeEmail).pipe(z.email()),
    firstName: z.string().nullish(),
    lastName: z.string().nullish(),
    displayName: z.string().nullish(),
  }),
});

/** A user's email and display name from Okta's Users API (rate limits respected); null when Okta doesn't know the id. */
export async function fetchOktaProfile(api: OktaApi, oktaUserId: string): Promise<{ email: string; name: string | null } | null> {
  const user = await createOktaClient(api).get(`/api/v1/users/${encodeURIComponent(oktaUserId)}`);
  if (user === null) return null;
  const { profile } = profileSchema.parse(user);
  const name = profile.displayName ?? ([profile.firstName, profile.lastName].filter(Boolean).join(" ") || null);
  return { email: profile.email, name };
}
