import type { z } from "zod";
import { runAdminAction, type AdminUser } from "./run-admin-action";

/**
 * A console server action for `useActionState` forms that must not redirect (a new token's secret is
 * shown once and never lands in a URL): the work's state, or `{ error }` naming what to fix.
 */
export function adminStateAction<Schema extends z.ZodType, State extends { error?: string }>(
  page: string,
  schema: Schema,
  work: (input: z.infer<Schema>, admin: AdminUser) => Promise<State>,
) {
  return async (_previous: State, form: FormData): Promise<State> => {
    const result = await runAdminAction(page, schema, form, work);
    return result.ok ? result.value : ({ error: result.error } as State);
  };
}
