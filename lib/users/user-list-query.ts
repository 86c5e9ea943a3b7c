import { z } from "zod";

const flag = z.enum(["true", "false"], { message: "must be true or false" }).transform((value) => value === "true");

/** Query of GET /auth/users and of the Users page: the single source for validation and the OpenAPI document. */
export const userListQuery = z
  .object({
    limit: z.coerce.number({ message: "must be a number" }).int("must be a whole number").min(1, "must be at least 1").max(500, "must be at most 500").default(50),
    cursor: z.string().max(512, "is too long").optional(),
    q: z.string().trim().max(200, "must be at most 200 characters").optional(),
    provider: z.enum(["okta", "local"], { message: "must be okta or local" }).optional(),
    team: z.string().trim().min(1).max(200, "must be at most 200 characters").optional(),
    active: flag.optional(),
    admin: flag.optional(),
    sort: z.enum(["created", "last_login", "email"], { message: "must be created, last_login or email" }).default("created"),
  })
  .strict();

export type UserListQuery = z.infer<typeof userListQuery>;

/** Parses URL search parameters (repeated keys take the first value); unknown parameters are refused by name. */
export function parseUserListQuery(params: URLSearchParams): UserListQuery {
  const raw: Record<string, string> = {};
  for (const [key, value] of params) if (!(key in raw) && value !== "") raw[key] = value;
  return userListQuery.parse(raw);
}
