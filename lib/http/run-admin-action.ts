import { headers } from "next/headers";
import type { z } from "zod";
import { describeRequest } from "@/lib/request/describe-request";
import { runWithRequestContext } from "@/lib/request/request-context";
import { requireAdmin } from "@/lib/sessions/require-session";
import type { CurrentSession } from "@/lib/sessions/get-current-session";
import { refuseNul } from "@/lib/validation/refuse-nul";
import { describeError } from "./error-table";

export type AdminUser = CurrentSession["user"];
export type ActionResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** The form's fields as an object (first value of each), without the fields Next adds for itself. */
function formFields(form: FormData): URLSearchParams {
  const fields = new URLSearchParams();
  for (const [key, value] of form) if (!key.startsWith("$ACTION") && typeof value === "string" && !fields.has(key)) fields.set(key, value);
  return fields;
}

/**
 * The shared core of the console's server actions: request context for the audit log, the admin
 * check (unauthenticated → login page, non-admin → 403), zod parsing of every field (ids included),
 * then the work. Expected failures come back as a message naming what to fix; an outage or a bug is
 * rethrown so the page's error boundary shows the retry page instead of a misleading notice.
 */
export async function runAdminAction<Schema extends z.ZodType, T>(
  returnTo: string,
  schema: Schema,
  form: FormData,
  work: (input: z.infer<Schema>, admin: AdminUser) => Promise<T>,
): Promise<ActionResult<T>> {
  return runWithRequestContext(describeRequest(await headers()), async () => {
    const { user } = await requireAdmin(returnTo);
    try {
      const fields = formFields(form);
      refuseNul(fields);
      return { ok: true, value: await work(schema.parse(Object.fromEntries(fields)), user) };
    } catch (error) {
      const answer = describeError(error, "field");
      if (answer.status >= 500) throw error;
      return { ok: false, error: answer.detail };
    }
  });
}
