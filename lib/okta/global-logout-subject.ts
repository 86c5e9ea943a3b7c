import { z } from "zod";
import { normalizeEmail } from "@/lib/users/normalize-email";

/**
 * The body of a Global Token Revocation request (draft-parecki-oauth-global-token-revocation), in
 * the two subject formats Okta's Universal Logout sends: Email, or Issuer and Subject identifier.
 */
export const globalLogoutRequestSchema = z.object({
  sub_id: z.discriminatedUnion("format", [
    z.object({ format: z.literal("email"), email: z.string().transform(normalizeEmail).pipe(z.string().max(320)).pipe(z.email()) }),
    z.object({ format: z.literal("iss_sub"), iss: z.string().trim().min(1).max(2048), sub: z.string().trim().min(1).max(256) }),
  ]),
});

export type GlobalLogoutSubject = z.infer<typeof globalLogoutRequestSchema>["sub_id"];
