import { redirect } from "next/navigation";
import type { z } from "zod";
import { sealNotice } from "@/lib/sessions/seal-notice";
import { runAdminAction, type AdminUser } from "./run-admin-action";

/** Where an action sends the admin afterwards: a notice on `page`'s path, or another page's. */
export type ActionOutcome = string | { notice: string; to: string };

/**
 * A console server action: admin only, the form parsed by `schema`, and a redirect back to `page`
 * (a path, or a function of the parsed form) with the outcome as `notice`, or the failure as `error`,
 * both sealed for this session so a crafted link can't put words on a console page.
 */
export function adminAction<Schema extends z.ZodType>(
  page: string | ((input: z.infer<Schema>) => string),
  schema: Schema,
  work: (input: z.infer<Schema>, admin: AdminUser) => Promise<ActionOutcome>,
) {
  const basePath = typeof page === "string" ? page : "/admin";
  return async (form: FormData): Promise<never> => {
    let pathOf = basePath;
    const result = await runAdminAction(basePath, schema, form, async (input: z.infer<Schema>, admin) => {
      if (typeof page === "function") pathOf = page(input);
      return work(input, admin);
    });
    if (!result.ok) redirect(`${pathOf}?${await sealNotice({ error: result.error })}`);
    const outcome = typeof result.value === "string" ? { notice: result.value, to: pathOf } : result.value;
    redirect(`${outcome.to}?${await sealNotice({ notice: outcome.notice })}`);
  };
}
