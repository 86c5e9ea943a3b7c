import { z } from "zod";

/**
 * The create-token forms (API and SCIM): each message completes "<field> …" so errors name the
 * field. A lifetime beyond a year is allowed only with `longLived` ticked: a deliberate choice,
 * not a slip of the menu.
 */
export const tokenInput = z
  .object({
    name: z.string().trim().min(1, "is required").max(100, "must be at most 100 characters"),
    days: z.coerce
      .number({ message: "must be a number of days" })
      .int("must be a whole number of days")
      .min(1, "must be at least 1 day")
      .max(3650, "must be at most 3650 days"),
    longLived: z.literal("yes").optional(),
  })
  .refine((input) => input.days <= 365 || input.longLived === "yes", { path: ["days"], message: "over 365 needs the “longer than a year” box ticked" });
