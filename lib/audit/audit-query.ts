import { z } from "zod";
import { readQuery } from "@/lib/validation/read-query";

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date such as 2026-01-31")
  // Date would roll 2026-02-31 over into March; a real day reads back unchanged.
  .refine((raw) => {
    const parsed = new Date(`${raw}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(raw);
  }, "must be a real date");

/** Filters of the audit page and its CSV export; they live in the URL. Dates are whole UTC days. */
export const auditQuery = z
  .object({
    user: z.string().trim().toLowerCase().max(320, "must be at most 320 characters").optional(),
    type: z
      .string()
      .trim()
      .regex(/^[a-z_.]{1,64}$/, "must be an event type such as sso.login")
      .optional(),
    from: day.optional(),
    to: day.optional(),
    cursor: z.string().max(512, "is too long").optional(),
    limit: z.coerce
      .number({ message: "must be a number" })
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .max(500, "must be at most 500")
      .default(50),
  })
  .strict()
  .refine((query) => !query.from || !query.to || query.from <= query.to, { message: "must not be after the last day", path: ["from"] });

export type AuditQuery = z.infer<typeof auditQuery>;

/** Parses URL search parameters (see readQuery); unknown parameters are refused by name. */
export function parseAuditQuery(params: URLSearchParams): AuditQuery {
  return readQuery(auditQuery, params);
}
