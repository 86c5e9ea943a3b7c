/** Who performed an action, as recorded in the audit log (a user, or a named system such as "scim" or "cli"). */
export type Actor = { id?: string | null; email?: string | null } | null;
