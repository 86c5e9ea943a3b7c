import { z } from "zod";
import { readQuery } from "@/lib/validation/read-query";

const flag = z.enum(["true", "false"], { message: "must be true or false" }).transform((value) => value === "true");

/** Query of GET /auth/users and of the Users page: the single source for validation and the OpenAPI document. */
export const userListQuery = z
  .object({
    limit: z.coerce
      .number({ message: "must be a number" })
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .max(500, "must be at most 500")
      .default(50)
      .meta({ description: "Users per page" }),
    cursor: z.string().max(512, "is too long").optional().meta({ description: "next_cursor of the previous page (same sort and filters)" }),
    q: z.string().trim().max(200, "must be at most 200 characters").optional().meta({ description: "Search in email and name" }),
    provider: z.enum(["okta", "local"], { message: "must be okta or local" }).optional().meta({ description: "How the user signs in" }),
    team: z.string().trim().min(1).max(200, "must be at most 200 characters").optional().meta({ description: "Only members of this team id" }),
    active: flag.optional().meta({ description: "true: active users; false: deactivated users" }),
    admin: flag.optional().meta({ description: "true: portal admins; false: everyone else" }),
    sort: z
      .enum(["created", "last_login", "email"], { message: "must be created, last_login or email" })
      .default("created")
      .meta({ description: "created and last_login sort newest first; email A to Z" }),
  })
  .strict();

export type UserListQuery = z.infer<typeof userListQuery>;

/** Parses URL search parameters (see readQuery); unknown parameters are refused by name. */
export function parseUserListQuery(params: URLSearchParams): UserListQuery {
  return readQuery(userListQuery, params);
}
