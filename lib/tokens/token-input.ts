import { z } from "zod";

/** The create-token form: each message completes "<field> …" so errors name the field. */
export const tokenInput = z.object({
  name: z.string().trim().min(1, "is required").max(100, "must be at most 100 characters"),
  days: z.coerce.number({ message: "must be a number of days" }).int("must be a whole number of days").min(1, "must be at least 1 day").max(3650, "must be at most 3650 days"),
});
