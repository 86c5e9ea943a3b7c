import { z } from "zod";
import { normalizeEmail } from "@/lib/users/normalize-email";

/** Form and URL fields of the Teams pages; each message completes "<field> …" so errors name the field. */
export const teamInput = {
  id: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, "must be 1–64 letters, digits, dots, dashes or underscores, such as team-users"),
  name: z.string().trim().min(1, "is required").max(100, "must be at most 100 characters"),
  email: z.email("must be an email address").trim().transform(normalizeEmail),
  role: z.enum(["member", "owner"], { message: "must be member or owner" }),
};
