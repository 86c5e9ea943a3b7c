import { z } from "zod";

/** A user as the admin API answers it (MCP Gateway's field names); the OpenAPI document is generated from this. */
export const apiUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  full_name: z.string().nullable(),
  is_admin: z.boolean(),
  is_active: z.boolean(),
  auth_provider: z.enum(["okta", "local"]),
  groups: z.array(z.string()).meta({ description: "Okta groups at the last sign-in or sync" }),
  teams: z.array(z.object({ id: z.string(), name: z.string(), role: z.string(), source: z.enum(["okta", "scim", "manual"]) })),
  created_at: z.string().meta({ format: "date-time" }),
  last_login: z.string().meta({ format: "date-time" }).nullable(),
});

export const apiUserListSchema = z.object({
  users: z.array(apiUserSchema),
  next_cursor: z.string().nullable().meta({ description: "Pass as cursor for the next page; null on the last page" }),
  limit: z.number().int(),
});

export type ApiUser = z.infer<typeof apiUserSchema>;
